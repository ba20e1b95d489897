/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMRevision.java (class at 37). Only the type, which SCMFileSystem's constructor and
 * Builder.build take; its interface Serializable and members are left out. Its protected constructor (at 50) takes
 * an SCMHead, a type the tests never name: a private constructor stands in, so that no implicit one appears.
 */
package jenkins.scm.api;

public abstract class SCMRevision {

    private SCMRevision() {
        throw new UnsupportedOperationException("stub");
    }
}
