/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMSourceDescriptor.java (class at 46). Only the type, for SCMFileSystem.Builder's
 * signatures; its interface IconSpec and members are left out; it has no declared constructor.
 */
package jenkins.scm.api;

import hudson.model.Descriptor;

public abstract class SCMSourceDescriptor extends Descriptor<SCMSource> {
}
