/*
 * Signature-only stub. Checked against jenkinsci/jenkins-test-harness at 2578.v44660312fd37 (commit 44660312, the version
 * plugin-pom 6.2221.va_045130417c9 pins),
 * src/main/java/org/jvnet/hudson/test/MockAuthorizationStrategy.java (class at 53, the constructor at 58, grant at 65, the
 * inner class Grant at 88 with its package-private constructor at 92 and everywhere at 99, the inner class GrantOn at
 * 158 with its package-private constructor at 162 and to(String...) at 167). The other members are left out (getRootACL
 * and getGroups among them, abstract in Jenkins's AuthorizationStrategy, whose stub declares neither).
 */
package org.jvnet.hudson.test;

import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import java.util.Set;

public class MockAuthorizationStrategy extends AuthorizationStrategy {

    public MockAuthorizationStrategy() {
        throw new UnsupportedOperationException("stub");
    }

    public Grant grant(Permission... permissions) {
        throw new UnsupportedOperationException("stub");
    }

    public class Grant {

        Grant(Set<Permission> permissions) {
            throw new UnsupportedOperationException("stub");
        }

        public GrantOn everywhere() {
            throw new UnsupportedOperationException("stub");
        }

        public class GrantOn {

            GrantOn(String regexp) {
                throw new UnsupportedOperationException("stub");
            }

            public MockAuthorizationStrategy to(String... sids) {
                throw new UnsupportedOperationException("stub");
            }
        }
    }
}
