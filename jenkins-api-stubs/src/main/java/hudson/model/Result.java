/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Result.java (class at 51, private constructor at 98). Its constants and
 * CustomExportedBean are left out: the plugin only passes a Result on.
 */
package hudson.model;

import java.io.Serializable;

public final class Result implements Serializable {

    private static final long serialVersionUID = 1L;

    private Result() {
        throw new UnsupportedOperationException("stub");
    }
}
