/*
 * Signature-only stub. Checked against jenkinsci/workflow-cps-plugin at commit e007b7ff,
 * plugin/src/main/java/org/jenkinsci/plugins/workflow/cps/CpsFlowDefinition.java (class at 74, the
 * @DataBoundConstructor (String, boolean) at 87, which throws Descriptor.FormException since 3922.va_f73b_7c4246b_
 * of July 2024, create at 125). The deprecated constructor, the getters, the varargs create and DescriptorImpl
 * are left out.
 */
package org.jenkinsci.plugins.workflow.cps;

import hudson.model.Action;
import hudson.model.Descriptor;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

public class CpsFlowDefinition extends FlowDefinition {

    public CpsFlowDefinition(String script, boolean sandbox) throws Descriptor.FormException {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public CpsFlowExecution create(FlowExecutionOwner owner, TaskListener listener, List<? extends Action> actions)
            throws IOException {
        throw new UnsupportedOperationException("stub");
    }
}
