/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMHead.java (class at 71, serialVersionUID at 84, the constructor SCMHead(String)
 * at 97, getName at 108, HeadByItem at 259 with getHead at 267 and findHead at 275). Its interface SCMHeadMixin
 * (Comparable, Serializable) and the other members are left out.
 */
package jenkins.scm.api;

import hudson.ExtensionPoint;
import hudson.model.Item;

public class SCMHead {

    private static final long serialVersionUID = 1L;

    public SCMHead(String name) {
        throw new UnsupportedOperationException("stub");
    }

    public String getName() {
        throw new UnsupportedOperationException("stub");
    }

    public static abstract class HeadByItem implements ExtensionPoint {

        public abstract SCMHead getHead(Item item);

        public static SCMHead findHead(Item item) {
            throw new UnsupportedOperationException("stub");
        }
    }
}
