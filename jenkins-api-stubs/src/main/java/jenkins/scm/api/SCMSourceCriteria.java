/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMSourceCriteria.java (interface at 41, isHead at 53, Probe at 59 with stat at
 * 98). Probe's abstract name, lastModified and deprecated exists, and its getRoot, are left out.
 */
package jenkins.scm.api;

import hudson.model.TaskListener;
import java.io.IOException;
import java.io.Serializable;

public interface SCMSourceCriteria extends Serializable {

    boolean isHead(Probe probe, TaskListener listener) throws IOException;

    abstract class Probe implements Serializable {

        public SCMProbeStat stat(String path) throws IOException {
            throw new UnsupportedOperationException("stub");
        }
    }
}
