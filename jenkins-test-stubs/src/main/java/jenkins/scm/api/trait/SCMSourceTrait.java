/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/trait/SCMSourceTrait.java (class at 42, with no explicit constructor). Only the
 * type, the superclass of the mock source's discovery traits; its members are left out.
 */
package jenkins.scm.api.trait;

public abstract class SCMSourceTrait extends SCMTrait<SCMSourceTrait> {
}
