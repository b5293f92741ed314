/**
 * The types generated code talks to: {@link io.jsetl.runtime.wiring.NodeSpec} per factory method,
 * {@link io.jsetl.runtime.wiring.PipelineSpec} per pipeline, and the base class of every generated
 * {@code JsetlX}. Public only so that generated code in user packages can see them; not a user API.
 */
package io.jsetl.runtime.wiring;
