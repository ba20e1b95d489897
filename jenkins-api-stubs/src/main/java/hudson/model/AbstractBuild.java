/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/AbstractBuild.java (class at 107, the protected constructors at 168, 172 and 176).
 * Only the type (for AbstractProject's type parameters), its constructors and its interface Queue.Executable
 * (JenkinsRule's buildAndAssertStatus is bounded by it); its other interfaces and members are left out.
 */
package hudson.model;

import java.io.File;
import java.io.IOException;
import java.util.Calendar;

public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R>
        implements Queue.Executable {

    protected AbstractBuild(P job) throws IOException {
        super(job);
        throw new UnsupportedOperationException("stub");
    }

    protected AbstractBuild(P job, Calendar timestamp) {
        super(job, timestamp);
        throw new UnsupportedOperationException("stub");
    }

    protected AbstractBuild(P project, File buildDir) throws IOException {
        super(project, buildDir);
        throw new UnsupportedOperationException("stub");
    }
}
