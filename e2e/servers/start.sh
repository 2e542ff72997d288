#!/usr/bin/env bash
# Starts Ory Kratos and/or Ory Hydra in the background on 127.0.0.1 with in-memory SQLite,
# after building them if needed (build.sh). Waits until every /health/ready answers.
#
#   ./start.sh              start both (ORYKIT_SERVERS)
#   ./start.sh kratos       start one
#
# Pid files, logs and the rendered configs go to $ORYKIT_RUN_DIR. Stop with ./stop.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

die() { echo "start.sh: $*" >&2; exit 1; }

names=("$@")
[[ ${#names[@]} -gt 0 ]] || read -r -a names <<<"$ORYKIT_SERVERS"
for n in "${names[@]}"; do
  [[ "$n" == kratos || "$n" == hydra ]] || die "unknown server '$n' (expected kratos or hydra)"
done

command -v curl >/dev/null 2>&1 || die "curl is needed to wait for readiness"
"$SERVERS_DIR/build.sh" "${names[@]}"
mkdir -p "$ORYKIT_RUN_DIR"

# Replaces every __PLACEHOLDER__ of a config template.
render() { # template output
  local sed_args=() var
  for var in DEMO_URL SMTP_PORT KRATOS_PUBLIC_PORT KRATOS_ADMIN_PORT KRATOS_PUBLIC_URL KRATOS_ADMIN_URL \
             HYDRA_PUBLIC_PORT HYDRA_ADMIN_PORT HYDRA_PUBLIC_URL HYDRA_ADMIN_URL IDENTITY_SCHEMA_URL; do
    sed_args+=(-e "s#__${var}__#${!var}#g")
  done
  sed "${sed_args[@]}" "$1" >"$2"
  local left; left="$(grep -v '^[[:space:]]*#' "$2" | grep -o '__[A-Z_]*__' | head -1 || true)"
  [[ -z "$left" ]] || die "unreplaced placeholder $left in $2"
}

running() { # name -> 0 when its pid file names a live process of ours
  local pidfile="$ORYKIT_RUN_DIR/$1.pid" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(cat "$pidfile")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -q "$1" "/proc/$pid/cmdline" 2>/dev/null
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ready_urls() { # name
  case "$1" in
    kratos) echo "$KRATOS_PUBLIC_URL/health/ready http://127.0.0.1:$KRATOS_ADMIN_PORT/admin/health/ready" ;;
    hydra) echo "http://127.0.0.1:$HYDRA_PUBLIC_PORT/health/ready http://127.0.0.1:$HYDRA_ADMIN_PORT/health/ready" ;;
  esac
}

started=()
fail() { # name message  (shows the server's log only if this run started it)
  local log="$ORYKIT_RUN_DIR/$1.log" n show=""
  for n in ${started[@]+"${started[@]}"}; do [[ "$n" == "$1" ]] && show=1; done
  echo "start.sh: $2" >&2
  if [[ -n "$show" && -f "$log" ]]; then echo "----- last lines of $log -----" >&2; tail -n 40 "$log" >&2; echo "-----" >&2; fi
  if [[ ${#started[@]} -gt 0 ]]; then "$SERVERS_DIR/stop.sh" "${started[@]}" >&2 || true; fi
  exit 1
}

start_one() {
  local name="$1" log="$ORYKIT_RUN_DIR/$1.log" pidfile="$ORYKIT_RUN_DIR/$1.pid" ports bin
  if running "$name"; then echo "start.sh: $name is already running (pid $(cat "$pidfile"))"; return 0; fi
  case "$name" in
    kratos) ports="$KRATOS_PUBLIC_PORT $KRATOS_ADMIN_PORT"; bin="$KRATOS_BIN" ;;
    hydra) ports="$HYDRA_PUBLIC_PORT $HYDRA_ADMIN_PORT"; bin="$HYDRA_BIN" ;;
  esac
  for p in $ports; do
    if port_busy "$p"; then fail "$name" "port $p on 127.0.0.1 is already in use; is another $name running? (./stop.sh, or set the *_PORT variables)"; fi
  done

  : >"$log"
  case "$name" in
    kratos)
      cp "$SERVERS_DIR/kratos/identity.schema.json" "$ORYKIT_RUN_DIR/identity.schema.json"
      IDENTITY_SCHEMA_URL="file://$ORYKIT_RUN_DIR/identity.schema.json"
      render "$SERVERS_DIR/kratos/kratos.yml" "$ORYKIT_RUN_DIR/kratos.yml"
      (cd "$ORYKIT_RUN_DIR" && exec nohup "$bin" serve --dev --watch-courier --sqa-opt-out \
        -c "$ORYKIT_RUN_DIR/kratos.yml" >>"$log" 2>&1 </dev/null) &
      ;;
    hydra)
      IDENTITY_SCHEMA_URL=unused
      render "$SERVERS_DIR/hydra/hydra.yml" "$ORYKIT_RUN_DIR/hydra.yml"
      (cd "$ORYKIT_RUN_DIR" && exec nohup "$bin" serve all --dev --sqa-opt-out \
        -c "$ORYKIT_RUN_DIR/hydra.yml" >>"$log" 2>&1 </dev/null) &
      ;;
  esac
  echo $! >"$pidfile"
  started+=("$name")
  echo "start.sh: started $name (pid $(cat "$pidfile"), log $log)"
}

wait_ready() {
  local name="$1" deadline=$((SECONDS + READY_TIMEOUT)) url
  for url in $(ready_urls "$name"); do
    until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
      running "$name" || fail "$name" "$name exited before $url answered"
      ((SECONDS < deadline)) || fail "$name" "$name: $url did not answer within ${READY_TIMEOUT}s (READY_TIMEOUT)"
      sleep 0.3
    done
  done
  echo "start.sh: $name is ready"
}

for n in "${names[@]}"; do start_one "$n"; done
for n in "${names[@]}"; do wait_ready "$n"; done

cat <<INFO
start.sh: ready.
  KRATOS_PUBLIC_URL=$KRATOS_PUBLIC_URL
  KRATOS_ADMIN_URL=$KRATOS_ADMIN_URL
  HYDRA_PUBLIC_URL=$HYDRA_PUBLIC_URL
  HYDRA_ADMIN_URL=$HYDRA_ADMIN_URL
  DEMO_URL=$DEMO_URL  SMTP_PORT=$SMTP_PORT  run dir: $ORYKIT_RUN_DIR
INFO
