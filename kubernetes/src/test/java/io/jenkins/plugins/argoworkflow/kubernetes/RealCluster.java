package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The cluster the real-cluster tests run on: the first file of {@code KUBECONFIG}, if its cluster answers, in
 * the namespace {@code ARGOWF_E2E_NAMESPACE} (default {@code default}).
 *
 * @param kubeconfig the kubeconfig, or null when there is none to use
 * @param namespace where the tests' pods go
 * @param unreachable why the tests cannot run here, or null when the cluster answered
 */
record RealCluster(Path kubeconfig, String namespace, String unreachable) {

    /** Asks the cluster of {@code KUBECONFIG} for its version, waiting at most 3 s. */
    static RealCluster probe() throws IOException {
        String namespace = System.getenv().getOrDefault("ARGOWF_E2E_NAMESPACE", "default");
        String env = System.getenv("KUBECONFIG");
        if (env == null || env.isEmpty() || !Files.isReadable(Path.of(env.split(File.pathSeparator)[0]))) {
            return new RealCluster(null, namespace, "KUBECONFIG does not name a readable kubeconfig");
        }
        Path kubeconfig = Path.of(env.split(File.pathSeparator)[0]);
        Config config;
        try {
            config = Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
        } catch (KubernetesClientException e) {
            return new RealCluster(kubeconfig, namespace, "cannot read kubeconfig " + kubeconfig + ": " + e.getMessage());
        }
        config.setConnectionTimeout(3000);
        config.setRequestTimeout(3000);
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            client.getKubernetesVersion();
        } catch (KubernetesClientException e) {
            return new RealCluster(kubeconfig, namespace,
                    "the cluster of " + kubeconfig + " does not answer: " + e.getMessage());
        }
        return new RealCluster(kubeconfig, namespace, null);
    }

    /** A client of the cluster, for what the tests do beside the runtime (cleaning up). */
    KubernetesClient client() throws IOException {
        return new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(null, Files.readString(kubeconfig),
                kubeconfig.toString())).build();
    }
}
