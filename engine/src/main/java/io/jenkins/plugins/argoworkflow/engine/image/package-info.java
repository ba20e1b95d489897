/**
 * What an image runs when a container gives no {@code command}: Argo's {@code images:} controller setting
 * ({@link io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoint} per image), read from a file
 * ({@link io.jenkins.plugins.argoworkflow.engine.image.ImageIndexFile}, {@code --image-index FILE}) and looked up
 * with built-in defaults ({@link io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoints}). Shared by the
 * local and Kubernetes runtimes, which both need the command to wrap it. Depends on {@code yaml} only.
 */
package io.jenkins.plugins.argoworkflow.engine.image;
