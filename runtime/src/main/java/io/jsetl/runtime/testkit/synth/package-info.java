/**
 * Internal: the engine of {@link io.jsetl.runtime.testkit.Synth}. A {@link io.jsetl.dsl.RuleSet} is
 * read into a model of the record (columns named as the rules name them, nested records, which
 * columns may be null); generators of each type aim candidates at what the rules ask, and every
 * candidate is checked with the rules' Java backend ({@link io.jsetl.dsl.Rule#accepts}) before it
 * is taken, so the generators may be approximate but the rows never are. Not API: types here may
 * change in any release.
 */
package io.jsetl.runtime.testkit.synth;
