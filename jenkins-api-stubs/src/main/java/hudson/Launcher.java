/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/Launcher.java (class at line 89, the copy constructor Launcher(Launcher), LocalLauncher
 * at line 963 with its constructor LocalLauncher(TaskListener)). The abstract launch/kill members and the
 * constructors taking a VirtualChannel are left out: the plugin hands a LocalLauncher to ArtifactManager, and the
 * freestyle build step passes its Launcher on.
 */
package hudson;

import hudson.model.TaskListener;

public abstract class Launcher {

    protected Launcher(Launcher launcher) {
        throw new UnsupportedOperationException("stub");
    }

    public static class LocalLauncher extends Launcher {

        public LocalLauncher(TaskListener listener) {
            super((Launcher) null);
            throw new UnsupportedOperationException("stub");
        }
    }
}
