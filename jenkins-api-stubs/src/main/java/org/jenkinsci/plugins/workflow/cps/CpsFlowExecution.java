/*
 * Signature-only stub. Checked against jenkinsci/workflow-cps-plugin at commit e007b7ff,
 * plugin/src/main/java/org/jenkinsci/plugins/workflow/cps/CpsFlowExecution.java (class at 242, the public constructor
 * CpsFlowExecution(String, FlowExecutionOwner) at 424 at tag 4350.vcc65d4958821). Only the type and that
 * constructor: CpsFlowDefinition.create returns it. BlockableResume and every other member are left out.
 */
package org.jenkinsci.plugins.workflow.cps;

import java.io.IOException;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

public class CpsFlowExecution extends FlowExecution {

    public CpsFlowExecution(String script, FlowExecutionOwner owner) throws IOException {
        throw new UnsupportedOperationException("stub");
    }
}
