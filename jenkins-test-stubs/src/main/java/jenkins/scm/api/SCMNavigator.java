/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMNavigator.java (class at 58, the protected constructor SCMNavigator() at 77).
 * Only the type and its constructor, the superclass of the mock navigator the JenkinsRule tests add to an
 * organization folder; its members, the abstract id and visitSources among them, are left out.
 */
package jenkins.scm.api;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

@SuppressWarnings("deprecation")
public abstract class SCMNavigator extends AbstractDescribableImpl<SCMNavigator> implements ExtensionPoint {

    protected SCMNavigator() {
        throw new UnsupportedOperationException("stub");
    }
}
