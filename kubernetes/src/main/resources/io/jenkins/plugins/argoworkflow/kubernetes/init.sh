# argo-workflow init container (executor image): lays out /var/run/argo for the wrapped containers.
set -e
cp /bin/busybox /var/run/argo/busybox
printf '%s' "$ARGO_EMISSARY" > /var/run/argo/emissary.sh
mkdir -p /var/run/argo/ctr /var/run/argo/outputs/parameters /var/run/argo/outputs/artifacts
if [ -n "${ARGO_SCRIPT+set}" ]; then
  printf '%s' "$ARGO_SCRIPT" > /argo/staging/script
fi
