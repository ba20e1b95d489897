/*
 * Signature-only stub. Checked against google/guava 33.5.0-jre (the version jenkins-2.541.3 bundles),
 * guava/src/com/google/common/util/concurrent/Futures.java (immediateFuture only). Its GWT superclass and
 * nullness annotations are left out.
 */
package com.google.common.util.concurrent;

public final class Futures {

    private Futures() {
        throw new UnsupportedOperationException("stub");
    }

    public static <V> ListenableFuture<V> immediateFuture(V value) {
        throw new UnsupportedOperationException("stub");
    }
}
