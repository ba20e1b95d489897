/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/EnvVars.java (class at 75, constructor at 107, expand at 414).
 */
package hudson;

import java.util.TreeMap;

public class EnvVars extends TreeMap<String, String> {

    private static final long serialVersionUID = 1L;

    public EnvVars() {
        throw new UnsupportedOperationException("stub");
    }

    public String expand(String s) {
        throw new UnsupportedOperationException("stub");
    }
}
