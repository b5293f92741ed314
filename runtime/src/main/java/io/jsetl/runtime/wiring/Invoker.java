package io.jsetl.runtime.wiring;

/** Calls one factory method directly; generated, so there is no reflection at run time. */
@FunctionalInterface
public interface Invoker {
  Object invoke(Inputs inputs) throws Exception;
}
