/*
 * Signature-only stub. Checked against google/guava 33.5.0-jre (the version jenkins-2.541.3 bundles),
 * guava/src/com/google/common/util/concurrent/ListenableFuture.java; nullness annotations and @DoNotMock left out.
 */
package com.google.common.util.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;

public interface ListenableFuture<V> extends Future<V> {

    void addListener(Runnable listener, Executor executor);
}
