/*
 * Signature-only stub. Checked against jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17, the head
 * of master), src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java: every abstract member (get,
 * onSuccess, isReady, saveState, setResult, newBodyInvoker, equals, hashCode; onFailure comes from Guava's
 * FutureCallback), since the freestyle build step implements it. The non-abstract hasBody is left out.
 */
package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.ListenableFuture;
import hudson.model.Result;
import java.io.IOException;
import java.io.Serializable;

public abstract class StepContext implements FutureCallback<Object>, Serializable {

    private static final long serialVersionUID = 1L;

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    @Override
    public abstract void onSuccess(Object result);

    public abstract boolean isReady();

    public abstract ListenableFuture<Void> saveState();

    public abstract void setResult(Result r);

    public abstract BodyInvoker newBodyInvoker() throws IllegalStateException;

    @Override
    public abstract boolean equals(Object o);

    @Override
    public abstract int hashCode();
}
