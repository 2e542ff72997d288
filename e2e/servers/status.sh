#!/usr/bin/env bash
# Tells whether the servers started by start.sh are running and ready. Exits 0 when all are.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

names=("$@")
[[ ${#names[@]} -gt 0 ]] || read -r -a names <<<"$ORYKIT_SERVERS"

status=0
for name in "${names[@]}"; do
  case "$name" in
    kratos) urls="$KRATOS_PUBLIC_URL/health/ready http://127.0.0.1:$KRATOS_ADMIN_PORT/admin/health/ready" ;;
    hydra) urls="http://127.0.0.1:$HYDRA_PUBLIC_PORT/health/ready http://127.0.0.1:$HYDRA_ADMIN_PORT/health/ready" ;;
    *) echo "status.sh: unknown server '$name'" >&2; exit 2 ;;
  esac
  pid="$(cat "$ORYKIT_RUN_DIR/$name.pid" 2>/dev/null || true)"
  if [[ -z "$pid" ]] || ! kill -0 "$pid" 2>/dev/null; then echo "$name: not running"; status=1; continue; fi
  state=ready
  for url in $urls; do curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null || state="running, not ready ($url)"; done
  [[ "$state" == ready ]] || status=1
  echo "$name: $state (pid $pid, log $ORYKIT_RUN_DIR/$name.log)"
done
exit $status
