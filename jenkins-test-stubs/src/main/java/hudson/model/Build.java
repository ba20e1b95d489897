/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/Build.java (class at 86, the protected constructors at 92, 96 and 103, run at 113). The other
 * members are left out.
 */
package hudson.model;

import java.io.File;
import java.io.IOException;
import java.util.Calendar;

public abstract class Build<P extends Project<P, B>, B extends Build<P, B>> extends AbstractBuild<P, B> {

    protected Build(P project) throws IOException {
        super(project);
        throw new UnsupportedOperationException("stub");
    }

    protected Build(P job, Calendar timestamp) {
        super(job, timestamp);
        throw new UnsupportedOperationException("stub");
    }

    protected Build(P project, File buildDir) throws IOException {
        super(project, buildDir);
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("stub");
    }
}
