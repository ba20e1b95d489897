/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/scm/ChangeLogSet.java (class at 55, the nested class Entry at 141). Only the types, which bound RepositoryBrowser's
 * type parameter; their members are left out. Its protected constructors (at 68 and 75) take types the tests never
 * name: a private constructor stands in, so that no implicit one appears. Entry has no declared constructor.
 */
package hudson.scm;

public abstract class ChangeLogSet<T extends ChangeLogSet.Entry> implements Iterable<T> {

    private ChangeLogSet() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract static class Entry {
    }
}
