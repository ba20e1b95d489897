/*
 * Signature-only stub. Checked against jenkinsci/kubernetes-credentials-plugin at commit 8f9d6f6,
 * src/main/java/org/jenkinsci/plugins/kubernetes/auth/KubernetesAuthException.java (what KubernetesCloud.connect
 * throws). Only the message constructor is kept.
 */
package org.jenkinsci.plugins.kubernetes.auth;

public class KubernetesAuthException extends Exception {

    private static final long serialVersionUID = 1L;

    public KubernetesAuthException(String message) {
        throw new UnsupportedOperationException("stub");
    }
}
