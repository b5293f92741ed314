/**
 * For users' tests and jsetl's own: {@link io.jsetl.runtime.testkit.TestSpark}, one small local
 * SparkSession per JVM.
 */
package io.jsetl.runtime.testkit;
