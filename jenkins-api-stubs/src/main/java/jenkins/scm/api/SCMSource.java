/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMSource.java (class at 75, the protected constructors at 137 and 144). Only the type
 * and its constructors, for SCMFileSystem.Builder's signatures; its members are left out.
 */
package jenkins.scm.api;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

public abstract class SCMSource extends AbstractDescribableImpl<SCMSource> implements ExtensionPoint {

    protected SCMSource(String id) {
        throw new UnsupportedOperationException("stub");
    }

    protected SCMSource() {
        throw new UnsupportedOperationException("stub");
    }
}
