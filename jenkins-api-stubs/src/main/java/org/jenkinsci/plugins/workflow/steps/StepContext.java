/*
 * Signature-only stub. Checked against jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17, the head of master),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java (get, onSuccess; onFailure comes from
 * Guava's FutureCallback). The members the plugin does not call are left out.
 */
package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.io.IOException;
import java.io.Serializable;

public abstract class StepContext implements FutureCallback<Object>, Serializable {

    private static final long serialVersionUID = 1L;

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    @Override
    public abstract void onSuccess(Object result);
}
