package org.aso.store;

/** What a holder last saw of its stream: the state after {@code version} events. */
record Held<S>(S state, long version) {
}
