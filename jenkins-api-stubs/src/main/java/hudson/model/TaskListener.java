/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/TaskListener.java (getLogger, and NULL at 156, null here: a stub holds no value; the default
 * methods are left out).
 */
package hudson.model;

import java.io.PrintStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

public interface TaskListener extends SerializableOnlyOverRemoting {

    TaskListener NULL = null;

    PrintStream getLogger();
}
