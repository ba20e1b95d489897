/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/jenkins/model/Jenkins.java (class at line 356, the clouds field at 552, CloudList at 559,
 * get() at 804, getCloud at 2151; for the JenkinsRule tests getDescriptorByType at 1568, setSecurityRealm at
 * 2730, setAuthorizationStrategy at 2773, getItemByFullName(String, Class) at 3129, READ at 5892, getRootDir at 2572 (2636 in 2.479.3)).
 * getItemByFullName's throws clause names Spring Security's unchecked AccessDeniedException, left out here (it does
 * not change what compiles). READ is built from a PermissionGroup in Jenkins: here it is null, as Item's are. Its superclass, interfaces and constructors (which take a ServletContext) are
 * left out (a private one stands in), as is everything the plugin does not use.
 */
package jenkins.model;

import hudson.model.Descriptor;
import hudson.model.Hudson;
import hudson.model.Item;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import hudson.security.SecurityRealm;
import hudson.slaves.Cloud;
import hudson.util.DescribableList;
import java.io.File;

public class Jenkins {

    public static final Permission READ = null;

    public final Hudson.CloudList clouds = null;

    private Jenkins() {
        throw new UnsupportedOperationException("stub");
    }

    public static class CloudList extends DescribableList<Cloud, Descriptor<Cloud>> {

        public CloudList() {
            throw new UnsupportedOperationException("stub");
        }
    }

    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("stub");
    }

    @SuppressWarnings("rawtypes")
    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }

    public void setSecurityRealm(SecurityRealm securityRealm) {
        throw new UnsupportedOperationException("stub");
    }

    public void setAuthorizationStrategy(AuthorizationStrategy a) {
        throw new UnsupportedOperationException("stub");
    }

    public <T extends Item> T getItemByFullName(String fullName, Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }

    public Cloud getCloud(String name) {
        throw new UnsupportedOperationException("stub");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("stub");
    }
}
