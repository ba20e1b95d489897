/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/jenkins/model/Jenkins.java (class at line 356, the clouds field at 552, CloudList at 559,
 * get() at 804, getCloud at 2151). Its superclass, interfaces and constructors (which take a ServletContext) are
 * left out (a private one stands in), as is everything the plugin does not use.
 */
package jenkins.model;

import hudson.model.Descriptor;
import hudson.model.Hudson;
import hudson.slaves.Cloud;
import hudson.util.DescribableList;

public class Jenkins {

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

    public Cloud getCloud(String name) {
        throw new UnsupportedOperationException("stub");
    }
}
