# argo-workflow emissary: runs one container's command the way Argo's emissary executor does.
# Usage: emissary.sh NAME [-m TERMINATION_FILE] [-r] [-i NAME PATH MODE]... [-p NAME PATH]... [-a NAME PATH]...
#                    -- COMMAND [ARG]...
#   -r  capture stdout as the node's result;  -p/-a  copy an output parameter file / pack an artifact path;
#   -i  place the input artifact init unpacked at PATH before the command (MODE: octal, R+octal for
#       recursive, or - to keep the modes as packed);
#   -m  write the packed outputs (or "exec" when they do not fit) as the container's termination message.
# The result keeps the last @RESULT_BYTES@ bytes of stdout (Argo's CaptureScriptResult); a parameter file over
# @PARAMETER_BYTES@ bytes is not copied but named "parameter-too-big" in the outputs (the controller errs the node).
# Both bounds are read no further than they go (the file may be /dev/zero). ExecutorScripts fills in the numbers.
# The wait container stops it by writing a signal name to /var/run/argo/ctr/NAME/signal; SIGTERM from the
# kubelet is passed on to the command. POSIX sh only: it runs under the executor's busybox.
BB=/var/run/argo/busybox
name=$1
shift
ctr=/var/run/argo/ctr/$name
out=/var/run/argo/outputs
term=
capture=
$BB mkdir -p "$ctr" "$out/parameters" "$out/artifacts"
: > "$ctr/params"
: > "$ctr/artifacts"
: > "$ctr/inputs"
while [ "$#" -gt 0 ]; do
  case "$1" in
    --) shift; break ;;
    -m) term=$2; shift 2 ;;
    -r) capture=1; shift ;;
    -p) printf '%s\n%s\n' "$2" "$3" >> "$ctr/params"; shift 3 ;;
    -a) printf '%s\n%s\n' "$2" "$3" >> "$ctr/artifacts"; shift 3 ;;
    -i) printf '%s\n%s\n%s\n' "$2" "$3" "$4" >> "$ctr/inputs"; shift 4 ;;
    *) echo "emissary: unknown option $1" >&2; exit 64 ;;
  esac
done

# An input that cannot be placed ends the container before its command, with an exit code wait sees.
unplaced() {
  echo "emissary: input artifact $1 could not be placed at $2" >&2
  echo 1 > "$ctr/exitcode.tmp"
  $BB mv "$ctr/exitcode.tmp" "$ctr/exitcode"
  exit 1
}
# Input artifacts: init unpacked each to /var/run/argo/inputs/artifacts/NAME; an optional one the controller
# did not find is absent. A directory lands in an existing one (an empty mount point, say) by its content.
# Copied without -p: main may run as another user than init, who cannot take the files' owner.
while IFS= read -r iname && IFS= read -r ipath && IFS= read -r imode; do
  src=/var/run/argo/inputs/artifacts/$iname
  [ -e "$src" ] || continue
  $BB mkdir -p "$($BB dirname "$ipath")"
  if [ -d "$src" ] && [ -d "$ipath" ]; then
    $BB cp -R "$src/." "$ipath" || unplaced "$iname" "$ipath"
  else
    $BB rm -f "$ipath"
    $BB cp -R "$src" "$ipath" || unplaced "$iname" "$ipath"
  fi
  case "$imode" in
    -) ;;
    R*) $BB chmod -R "${imode#R}" "$ipath" ;;
    *) $BB chmod "$imode" "$ipath" ;;
  esac
done < "$ctr/inputs"

if [ -n "$capture" ]; then
  # stdout goes whole to the container's log (tee's own stdout) and through tail, which holds only the end.
  $BB mkfifo "$ctr/stdout" "$ctr/tail"
  $BB tail -c @RESULT_BYTES@ < "$ctr/tail" > "$out/result" &
  tailpid=$!
  $BB tee "$ctr/tail" < "$ctr/stdout" &
  teepid=$!
  "$@" > "$ctr/stdout" &
else
  "$@" &
fi
pid=$!
# The watcher passes the wait container's signals on, and ends by itself with the command: killing it could
# race with the reset of the trap below in the forked shell. It holds none of the container's output.
(
  while kill -0 "$pid" 2>/dev/null; do
    if [ -f "$ctr/signal" ]; then
      sig=$($BB cat "$ctr/signal")
      $BB rm -f "$ctr/signal"
      kill -s "$sig" "$pid" 2>/dev/null
    fi
    $BB sleep 0.2
  done
) > /dev/null 2>&1 < /dev/null &
trap 'kill -s TERM "$pid" 2>/dev/null' TERM INT
while :; do
  wait "$pid"
  code=$?
  kill -0 "$pid" 2>/dev/null || break
done
if [ -n "$capture" ]; then
  wait "$teepid"
  wait "$tailpid"
fi

# A copy one byte past the bound tells an oversized file from one at the bound, whatever the file does meanwhile.
: > "$ctr/too-big"
while IFS= read -r pname && IFS= read -r ppath; do
  if [ -e "$ppath" ] && [ ! -d "$ppath" ]; then
    $BB head -c $((@PARAMETER_BYTES@ + 1)) "$ppath" > "$out/parameters/$pname"
    if [ "$($BB wc -c < "$out/parameters/$pname")" -gt @PARAMETER_BYTES@ ]; then
      $BB rm -f "$out/parameters/$pname"
      echo "$pname" >> "$ctr/too-big"
    fi
  fi
done < "$ctr/params"
while IFS= read -r aname && IFS= read -r apath; do
  if [ -e "$apath" ]; then
    $BB tar -czf "$out/artifacts/$aname.tgz" -C "$($BB dirname "$apath")" "$($BB basename "$apath")"
  fi
done < "$ctr/artifacts"
# Packed artifacts stay in this pod until the controller has read them through wait (exec, as a tar).
if [ -n "$($BB ls -A "$out/artifacts")" ]; then
  : > "$out/exec"
fi

if [ -n "$term" ]; then
  {
    echo "argo-workflow/outputs v1"
    echo "exitCode $code"
    if [ -n "$capture" ]; then
      echo "result $($BB base64 -w 0 < "$out/result")"
    fi
    while IFS= read -r pname && IFS= read -r ppath; do
      if [ -f "$out/parameters/$pname" ]; then
        echo "parameter $pname $($BB base64 -w 0 < "$out/parameters/$pname")"
      fi
    done < "$ctr/params"
    while IFS= read -r pname; do
      echo "parameter-too-big $pname"
    done < "$ctr/too-big"
    while IFS= read -r aname && IFS= read -r apath; do
      if [ -f "$out/artifacts/$aname.tgz" ]; then
        echo "artifact $aname"
      fi
    done < "$ctr/artifacts"
  } > "$out/outputs.tmp"
  $BB mv "$out/outputs.tmp" "$out/outputs"
  # A termination message holds 4096 bytes; bigger outputs wait in the wait container to be read by exec.
  if [ "$($BB wc -c < "$out/outputs")" -le 4000 ]; then
    $BB cat "$out/outputs" > "$term"
  else
    echo "argo-workflow/outputs v1 exec" > "$term"
    : > "$out/exec"
  fi
fi
echo "$code" > "$ctr/exitcode.tmp"
$BB mv "$ctr/exitcode.tmp" "$ctr/exitcode"
exit "$code"
