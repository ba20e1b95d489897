# argo-workflow wait container (executor image): waits for main, stops the sidecars, and keeps outputs too
# big for main's termination message until the controller has read them (or ARGO_COLLECT_TIMEOUT passes).
d=/var/run/argo
trap 'exit 143' TERM INT
until [ -f "$d/ctr/main/exitcode" ]; do sleep 0.2; done

signal() {
  for s in $ARGO_SIDECARS; do
    mkdir -p "$d/ctr/$s"
    echo "$1" > "$d/ctr/$s/signal.tmp"
    mv "$d/ctr/$s/signal.tmp" "$d/ctr/$s/signal"
  done
}
running() {
  for s in $ARGO_SIDECARS; do
    [ -f "$d/ctr/$s/exitcode" ] || return 0
  done
  return 1
}
if [ -n "$ARGO_SIDECARS" ]; then
  signal TERM
  ticks=0
  while running; do
    ticks=$((ticks + 1))
    if [ "$ticks" -eq $((ARGO_SIDECAR_GRACE_SECONDS * 5)) ]; then
      signal KILL
    fi
    sleep 0.2
  done
fi

if [ -f "$d/outputs/exec" ]; then
  ticks=0
  until [ -f "$d/collected" ]; do
    ticks=$((ticks + 1))
    if [ "$ticks" -ge $((ARGO_COLLECT_TIMEOUT_SECONDS * 5)) ]; then
      echo "outputs were not collected within ${ARGO_COLLECT_TIMEOUT_SECONDS}s" > /dev/termination-log
      exit 1
    fi
    sleep 0.2
  done
fi
