package org.acogida.architecture.exposure.internal;

public record Hidden(String value) {}
