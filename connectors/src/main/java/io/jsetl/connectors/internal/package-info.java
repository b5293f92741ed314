/**
 * Helpers shared by the connectors of this module: declaring configuration keys and checking a
 * connector's configuration against them. Public only so every connector package can use them; not
 * an API for users.
 */
package io.jsetl.connectors.internal;
