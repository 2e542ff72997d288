#!/usr/bin/env bash
# Stops the servers that start.sh started (by the pids in $ORYKIT_RUN_DIR, nothing else).
#
#   ./stop.sh               stop both (ORYKIT_SERVERS)
#   ./stop.sh hydra         stop one
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

names=("$@")
[[ ${#names[@]} -gt 0 ]] || read -r -a names <<<"$ORYKIT_SERVERS"

status=0
for name in "${names[@]}"; do
  pidfile="$ORYKIT_RUN_DIR/$name.pid"
  if [[ ! -f "$pidfile" ]]; then echo "stop.sh: $name is not running (no $pidfile)"; continue; fi
  pid="$(cat "$pidfile")"
  # Only signal the process if it still is ours (pids get reused).
  if [[ -z "$pid" ]] || ! kill -0 "$pid" 2>/dev/null || ! grep -q "$name" "/proc/$pid/cmdline" 2>/dev/null; then
    echo "stop.sh: $name is not running (stale pid file)"; rm -f "$pidfile"; continue
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "stop.sh: $name (pid $pid) ignored SIGTERM for 10s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || status=1
  fi
  rm -f "$pidfile"
  echo "stop.sh: stopped $name (pid $pid)"
done
exit $status
