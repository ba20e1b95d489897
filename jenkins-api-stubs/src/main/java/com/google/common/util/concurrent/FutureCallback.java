/*
 * Signature-only stub. Checked against google/guava 33.5.0-jre (the version jenkins-2.541.3 bundles),
 * guava/src/com/google/common/util/concurrent/FutureCallback.java; nullness annotations left out.
 */
package com.google.common.util.concurrent;

public interface FutureCallback<V> {

    void onSuccess(V result);

    void onFailure(Throwable t);
}
