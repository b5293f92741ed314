/**
 * Typed Spark encoders for Java records. Generated {@code X_} classes describe their record with
 * {@link io.jsetl.runtime.encoding.Encoding}; the encoder is built once per record type. Spark's
 * internal encoder API is used in one package-private class only, so that another Spark line can
 * swap that class alone.
 */
package io.jsetl.runtime.encoding;
