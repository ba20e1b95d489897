/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/Descriptor.java (class at line 152, constructors at 277 and 293,
 * getDisplayName at 328, save at 963, load at 982, FormException at 1288 with its (String, String) constructor). The real
 * class also implements Loadable, Saveable and OnMaster, whose members the
 * plugin does not use; they are left out.
 */
package hudson.model;

import org.kohsuke.stapler.HttpResponse;

public abstract class Descriptor<T extends Describable<T>> {

    protected Descriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    protected Descriptor() {
        throw new UnsupportedOperationException("stub");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized void save() {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("stub");
    }

    public static final class FormException extends Exception implements HttpResponse {

        private static final long serialVersionUID = 1L;

        public FormException(String message, String formField) {
            throw new UnsupportedOperationException("stub");
        }
    }
}
