/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Result.java (class at 51). The real private constructor (at 98) takes a
 * BallColor, a type the plugin never names: a private no-argument constructor stands in, so that no implicit public
 * one appears. Its constants and
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
