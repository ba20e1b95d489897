/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/model/Hudson.java (CloudList at line 343, the type of Jenkins.clouds). The class is
 * declared only for that nested type: its superclass Jenkins and all its (deprecated) members are left out. Its public constructors (from 84) take
 * a PluginManager or throw ReactorException, types the plugin never names: a private constructor stands in.
 * CloudList's constructor CloudList(Jenkins) (at 344) is left out, its no-argument one (at 348) kept.
 */
package hudson.model;

import jenkins.model.Jenkins;

public class Hudson {

    private Hudson() {
        throw new UnsupportedOperationException("stub");
    }

    public static class CloudList extends Jenkins.CloudList {

        public CloudList() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
