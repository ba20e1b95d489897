/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMProbeStat.java (class at 37, the private constructor SCMProbeStat(SCMFile.Type,
 * String) at 56, getAlternativePath at 95, getType at 105). The static factories and exists are left out.
 */
package jenkins.scm.api;

public class SCMProbeStat {

    private SCMProbeStat(SCMFile.Type type, String alternativePath) {
        throw new UnsupportedOperationException("stub");
    }

    public String getAlternativePath() {
        throw new UnsupportedOperationException("stub");
    }

    public SCMFile.Type getType() {
        throw new UnsupportedOperationException("stub");
    }
}
