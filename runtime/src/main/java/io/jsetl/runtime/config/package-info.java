/**
 * Configuration: the effective HOCON ({@code reference.conf} under the user's), the settings the
 * engine reads from it, the SparkSession jsetl obtains, and the connectors a run needs, checked all
 * together before any Spark job starts. Internal: public only for the other runtime packages.
 */
package io.jsetl.runtime.config;
