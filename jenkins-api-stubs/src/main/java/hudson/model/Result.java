/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Result.java (class at 51). The real private constructor (at 98) takes a
 * BallColor, a type the plugin never names: a private no-argument constructor stands in, so that no implicit public
 * one appears. The constants FAILURE (at 64) and ABORTED (at 78), which the JenkinsRule tests
 * assert, are null here (a stub holds no value); the other constants and CustomExportedBean are left out: the plugin
 * only passes a Result on.
 */
package hudson.model;

import java.io.Serializable;

public final class Result implements Serializable {

    public static final Result FAILURE = null;

    public static final Result ABORTED = null;

    private static final long serialVersionUID = 1L;

    private Result() {
        throw new UnsupportedOperationException("stub");
    }
}
