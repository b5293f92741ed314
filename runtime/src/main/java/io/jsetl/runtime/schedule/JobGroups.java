package io.jsetl.runtime.schedule;

/**
 * Tags the Spark jobs of one node so that they can be cancelled together and share the cluster
 * fairly with other nodes. An interface so that the scheduler's tests run without Spark.
 */
interface JobGroups {
  /** Does nothing: for running without Spark. */
  JobGroups NONE =
      new JobGroups() {
        @Override
        public Scope enter(String group, String pool, String description) {
          return () -> {};
        }

        @Override
        public void cancel(String group) {}
      };

  /** Restores the thread on close. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** Makes sure the session exists, on the caller's thread, before any task needs it. */
  default void connect() {}

  /**
   * Until the scope closes, Spark jobs started by the current thread belong to {@code group} and
   * run in the FAIR scheduler pool {@code pool}.
   */
  Scope enter(String group, String pool, String description);

  /** Cancels the running jobs of {@code group}; must not block. */
  void cancel(String group);
}
