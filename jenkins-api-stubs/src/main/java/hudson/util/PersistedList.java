/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/util/PersistedList.java (class at line 56, get(int) at 100, add at 80, replaceBy at 94, getAll at 114,
 * size at 123, iterator at 181, the no-argument constructor at 63). The constructors taking a Saveable or a Collection are
 * left out.
 */
package hudson.util;

import java.io.IOException;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

public class PersistedList<T> extends AbstractList<T> {

    protected PersistedList() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean add(T item) {
        throw new UnsupportedOperationException("stub");
    }

    public void replaceBy(Collection<? extends T> col) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public <U extends T> List<U> getAll(Class<U> type) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Iterator<T> iterator() {
        throw new UnsupportedOperationException("stub");
    }
}
