package io.jenkins.plugins.argoworkflow.ui.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * An artifact of a node that the page can download from the run's artifact repository, and the rules every
 * host follows to serve it. The page's link is relative to the page ({@link #url}), so the CLI's dashboard and
 * Jenkins's run action serve the same path under their own page. A request names a node, {@code inputs} or
 * {@code outputs} and an artifact's name, never a key: the key is the one the run's status records, so no
 * request can reach an object the run did not report.
 *
 * @param key the object's key in the artifact repository
 * @param fileName the name the browser saves it under: the key's last segment, as Argo's server does
 */
public record ArtifactDownload(String key, String fileName) {

    /** The path of downloads below the page, as the view names them. */
    public static final String PATH = "api/artifact";

    /** The URL of an artifact's download, relative to the page. */
    public static String url(String nodeId, String io, String name) {
        return PATH + "?node=" + encode(nodeId) + "&io=" + encode(io) + "&name=" + encode(name);
    }

    /** What a download request asks for is not an artifact the host can serve; {@code status} says why. */
    public static final class NotFound extends Exception {
        private final int status;

        NotFound(int status, String message) {
            super(message);
            this.status = status;
        }

        /** The HTTP status to answer with: 400 for a malformed request, 404 for what is not there. */
        public int status() {
            return status;
        }
    }

    /**
     * The artifact {@code name} of {@code io} ({@code inputs} or {@code outputs}) of node {@code nodeId} in
     * {@code run}, when it lives in a repository of location kind {@code storeKind}.
     */
    public static ArtifactDownload find(RunSnapshot run, String nodeId, String io, String name, String storeKind)
            throws NotFound {
        if (nodeId == null || nodeId.isEmpty() || name == null || name.isEmpty()) {
            throw new NotFound(400, "a download names node=NODE_ID, name=ARTIFACT and io=outputs or io=inputs");
        }
        if (!"outputs".equals(io) && !"inputs".equals(io)) {
            throw new NotFound(400, "io must be outputs or inputs, not '" + io + "'");
        }
        if (storeKind == null) {
            throw new NotFound(404, "this host keeps no artifact repository; artifacts cannot be downloaded here");
        }
        RunSnapshot.Node node = run.nodes().stream().filter(n -> nodeId.equals(n.id())).findFirst()
                .orElseThrow(() -> new NotFound(404, "the run has no node " + nodeId));
        JsonNode section = "outputs".equals(io) ? node.outputs() : node.inputs();
        JsonNode artifacts = section == null ? null : section.get("artifacts");
        if (artifacts != null) {
            for (JsonNode a : artifacts) {
                if (name.equals(a.path("name").asText(null))) {
                    String key = keyIn(a, storeKind);
                    if (key == null) {
                        throw new NotFound(404, "artifact '" + name + "' of node " + nodeId
                                + " is not kept in this host's artifact repository (" + storeKind + ")");
                    }
                    if (key.startsWith("/") || key.contains("\\") || List.of(key.split("/")).contains("..")) {
                        // Only a status from elsewhere can say so; the store would refuse it too.
                        throw new NotFound(403, "artifact '" + name + "' of node " + nodeId + " has the key '" + key
                                + "', which leaves the artifact repository (absolute or with '..'); refused");
                    }
                    return new ArtifactDownload(key, fileName(key));
                }
            }
        }
        throw new NotFound(404, "node " + nodeId + " has no " + io + " artifact '" + name + "'");
    }

    /** The key of an artifact of the status when it lives in a repository of kind {@code storeKind}, else null. */
    public static String keyIn(JsonNode artifact, String storeKind) {
        if (storeKind == null) {
            return null;
        }
        JsonNode key = artifact.path(storeKind).get("key");
        return key == null || !key.isTextual() || key.asText().isEmpty() ? null : key.asText();
    }

    /** The last segment of a key, as a file name (never empty, never a path). */
    static String fileName(String key) {
        String trimmed = key.replaceAll("/+$", "");
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.isEmpty() || last.equals(".") || last.equals("..") ? "artifact" : last;
    }

    /** The content type of the object: the archive's for Argo's packings, else {@code application/octet-stream}. */
    public String contentType() {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz") || lower.endsWith(".gz")) {
            return "application/gzip";
        }
        if (lower.endsWith(".zip")) {
            return "application/zip";
        }
        if (lower.endsWith(".tar")) {
            return "application/x-tar";
        }
        return "application/octet-stream";
    }

    /**
     * {@code attachment} with the file name twice (RFC 6266): as printable ASCII in {@code filename} (quotes,
     * backslashes and other characters replaced by {@code _}) and exactly in {@code filename*} (RFC 5987).
     */
    public String contentDisposition() {
        StringBuilder ascii = new StringBuilder(fileName.length());
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(fileName).replace("+", "%20").replace("*", "%2A");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
