package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of each artifact location kind, so that a misspelt setting is reported as Argo's strict
 * decoding reports it, while the settings themselves stay as written for the artifact drivers.
 */
final class ArtifactLocationFields {

    private static final Map<String, List<String>> FIELDS = Map.of(
            "s3", List.of("endpoint", "bucket", "region", "insecure", "accessKeySecret", "secretKeySecret",
                    "sessionTokenSecret", "roleARN", "useSDKCreds", "createBucketIfNotPresent", "encryptionOptions",
                    "caSecret", "key"),
            "git", List.of("repo", "revision", "depth", "fetch", "usernameSecret", "passwordSecret",
                    "sshPrivateKeySecret", "insecureHostKey", "insecureIgnoreHostKey", "disableSubmodules",
                    "singleBranch", "branch"),
            "http", List.of("url", "headers", "auth"),
            "artifactory", List.of("url", "usernameSecret", "passwordSecret"),
            "hdfs", List.of("addresses", "hdfsUser", "krbCCacheSecret", "krbKeytabSecret", "krbUsername",
                    "krbRealm", "krbConfigConfigMap", "krbServicePrincipalName", "path", "force",
                    "dataTransferProtection"),
            "raw", List.of("data"),
            "oss", List.of("endpoint", "bucket", "accessKeySecret", "secretKeySecret", "createBucketIfNotPresent",
                    "securityToken", "lifecycleRule", "useSDKCreds", "key"),
            "gcs", List.of("bucket", "serviceAccountKeySecret", "key"),
            "azure", List.of("endpoint", "container", "accountKeySecret", "useSDKCreds", "blob"),
            "plugin", List.of("name", "configuration", "connectionTimeoutSeconds", "key"));

    private ArtifactLocationFields() {
    }

    static void check(String kind, YMap settings, ModelReader r) {
        List<String> known = FIELDS.get(kind);
        for (YMap.Entry e : settings.entries()) {
            if (!known.contains(e.name())) {
                r.unknownField(e.key(), kind + " artifact location", known);
            }
        }
    }
}
