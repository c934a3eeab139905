package io.infrasync.adapter.archfixture;

/** Deliberate violation: a public adapter class that is not the AdapterFactory. */
public class PublicHttpClient {
}
