/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/jenkins/model/TransientActionFactory.java (class at 49, type at 57, actionType at 69,
 * createFor at 79). Cache and factoriesFor are left out.
 */
package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Action;
import java.util.Collection;

public abstract class TransientActionFactory<T> implements ExtensionPoint {

    public abstract Class<T> type();

    public Class<? extends Action> actionType() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract Collection<? extends Action> createFor(T target);
}
