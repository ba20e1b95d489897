/*
 * Signature-only stub. Checked against jenkinsci/kubernetes-plugin at commit a82d78a (2026-03-25, the head of
 * master; the same members at tag kubernetes-4423.vb_59f230b_ce53), src/main/java/org/csanchez/jenkins/plugins/
 * kubernetes/KubernetesCloud.java (class at line 107, the constructor at 187, getNamespace at 328, connect at
 * 628; at the tag, the @DataBoundSetter setters setServerUrl at 294, setSkipTlsVerify at 314 and setNamespace at
 * 333, which the JenkinsRule tests call). PodTemplateGroup and every member the plugin does not use are left out.
 */
package org.csanchez.jenkins.plugins.kubernetes;

import hudson.slaves.Cloud;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import org.jenkinsci.plugins.kubernetes.auth.KubernetesAuthException;
import org.kohsuke.stapler.DataBoundSetter;

public class KubernetesCloud extends Cloud {

    public KubernetesCloud(String name) {
        super(name);
        throw new UnsupportedOperationException("stub");
    }

    public String getNamespace() {
        throw new UnsupportedOperationException("stub");
    }

    public KubernetesClient connect() throws KubernetesAuthException, IOException {
        throw new UnsupportedOperationException("stub");
    }

    @DataBoundSetter
    public void setServerUrl(String serverUrl) {
        throw new UnsupportedOperationException("stub");
    }

    @DataBoundSetter
    public void setSkipTlsVerify(boolean skipTlsVerify) {
        throw new UnsupportedOperationException("stub");
    }

    @DataBoundSetter
    public void setNamespace(String namespace) {
        throw new UnsupportedOperationException("stub");
    }
}
