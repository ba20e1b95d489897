/**
 * The local runtime: leaf nodes (container and script templates) as host processes, each in its own
 * bubblewrap sandbox, driven by the engine exactly as it will drive pods.
 *
 * <p>Why it is built this way:
 * <ul>
 *   <li>A node sees the host read-only and gets private writable directories for {@code /tmp},
 *       {@code /argo} and the top-level directories it writes ({@link
 *       io.jenkins.plugins.argoworkflow.local.NodeFileSystem}), so parallel nodes do not collide on
 *       absolute paths, as pods do not. Host system directories are never shadowed.</li>
 *   <li>Each node has its own PID namespace: when its main process ends, or its namespace's init is
 *       killed, the kernel ends every process it left, so a stopped node leaves no orphan.</li>
 *   <li>Missing commands are found before launch, so the node fails with the container runtime's
 *       {@code executable file not found} message that Argo's tests expect.</li>
 * </ul>
 * {@link io.jenkins.plugins.argoworkflow.local.LocalRuntime} ties the parts together:
 * {@code LeafCommand} (argv and env of each container), {@code ImageIndex} (what an image runs, and which host
 * programs stand in for its own), {@code KeyedFiles} (secrets and config maps from directories),
 * {@code NodeVolumes} (volumes as host directories), {@code PodContainers} (init containers and sidecars),
 * {@code NodeFileSystem} (path mapping), {@code Sandbox} (bwrap command line), {@code NodeProcess}
 * (supervision and stop), {@code OutputParameters} (collection).
 */
package io.jenkins.plugins.argoworkflow.local;
