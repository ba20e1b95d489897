/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/FilePath.java (the constructor FilePath(File) at line 276, child at 1544, readToString at 2470).
 */
package hudson;

import java.io.File;
import java.io.IOException;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

public final class FilePath implements SerializableOnlyOverRemoting {

    private static final long serialVersionUID = 1L;


    public FilePath(File localPath) {
        throw new UnsupportedOperationException("stub");
    }

    public FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("stub");
    }

    public String readToString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }
}
