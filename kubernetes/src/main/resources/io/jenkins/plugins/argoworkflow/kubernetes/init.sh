# argo-workflow init container (executor image): lays out /var/run/argo for the wrapped containers.
set -e
cp /bin/busybox /var/run/argo/busybox
printf '%s' "$ARGO_EMISSARY" > /var/run/argo/emissary.sh
mkdir -p /var/run/argo/ctr /var/run/argo/outputs/parameters /var/run/argo/outputs/artifacts
# main and the sidecars may run as any user (runAsUser): they write here too.
chmod 1777 /var/run/argo/ctr /var/run/argo/outputs /var/run/argo/outputs/parameters /var/run/argo/outputs/artifacts
if [ -n "${ARGO_SCRIPT+set}" ]; then
  printf '%s' "$ARGO_SCRIPT" > /argo/staging/script
fi
# Input artifacts: the controller streams a tar into this container (exec with stdin) once it runs: plain/NAME
# to keep as it is, packed/NAME a tar+gzip object to unpack (a single top-level entry becomes the artifact
# itself, as Argo's executor unpacks). It touches "streamed" when the tar is in; main's emissary places them.
if [ -n "${ARGO_INPUT_ARTIFACTS:-}" ]; then
  in=/var/run/argo/inputs
  mkdir -p "$in/artifacts"
  ticks=0
  until [ -f "$in/streamed" ]; do
    ticks=$((ticks + 1))
    if [ "$ticks" -ge $((ARGO_INPUT_TIMEOUT_SECONDS * 5)) ]; then
      echo "input artifacts were not streamed in by the controller within ${ARGO_INPUT_TIMEOUT_SECONDS}s; it needs pods/exec on this namespace" > /dev/termination-log
      exit 1
    fi
    sleep 0.2
  done
  for p in "$in"/plain/*; do
    [ -e "$p" ] || continue
    mv "$p" "$in/artifacts/"
  done
  for p in "$in"/packed/*; do
    [ -e "$p" ] || continue
    n=$(basename "$p")
    x="$in/unpack-$n"
    mkdir -p "$x"
    if ! tar -xzf "$p" -C "$x"; then
      echo "input artifact $n is not a valid tar+gzip archive" > /dev/termination-log
      exit 1
    fi
    rm -f "$p"
    if [ "$(ls -A "$x" | wc -l)" -eq 1 ]; then
      mv "$x/$(ls -A "$x")" "$in/artifacts/$n"
      rmdir "$x"
    else
      mv "$x" "$in/artifacts/$n"
    fi
  done
fi
