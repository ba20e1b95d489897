/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/scm/NullChangeLogParser.java (class at 36, INSTANCE at 38, null here: a stub holds no value; it has no declared
 * constructor). The other members are left out.
 */
package hudson.scm;

public class NullChangeLogParser extends ChangeLogParser {

    public static final NullChangeLogParser INSTANCE = null;
}
