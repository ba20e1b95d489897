/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/jenkins/util/VirtualFile.java (class at line 112, isFile at 151, exists at 171,
 * list(String, String, boolean) at 259, child at 414, open at 453, compareTo at 471). The members the plugin does
 * not use are left out.
 */
package jenkins.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Collection;

public abstract class VirtualFile implements Comparable<VirtualFile>, Serializable {

    public abstract boolean isFile() throws IOException;

    public abstract boolean exists() throws IOException;

    public Collection<String> list(String includes, String excludes, boolean useDefaultExcludes) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public abstract VirtualFile child(String name);

    public abstract InputStream open() throws IOException;

    @Override
    public final int compareTo(VirtualFile o) {
        throw new UnsupportedOperationException("stub");
    }
}
