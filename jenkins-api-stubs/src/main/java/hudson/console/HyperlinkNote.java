/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/console/HyperlinkNote.java (class at 49, the constructor at 56, encodeTo(String, String)
 * at 82 in both). Its superclass ConsoleNote (which the plugin never names), annotate, extraAttributes and
 * DescriptorImpl are left out: the plugin only encodes links into the build log.
 */
package hudson.console;

public class HyperlinkNote {

    public HyperlinkNote(String url, int length) {
        throw new UnsupportedOperationException("stub");
    }

    public static String encodeTo(String url, String text) {
        throw new UnsupportedOperationException("stub");
    }
}
