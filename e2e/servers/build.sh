#!/usr/bin/env bash
# Builds Ory Kratos and Ory Hydra from the Go module proxy through the wrapper modules in
# kratos/ and hydra/, into a cache outside the repository (see env.sh). A cached binary whose
# stamp (a hash of the wrapper's go.mod, go.sum, main.go and build flags) still matches is kept.
#
#   ./build.sh              build both (skips what is cached)
#   ./build.sh kratos       build one
#   FORCE=1 ./build.sh      rebuild even when cached
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

die() { echo "build.sh: $*" >&2; exit 1; }

command -v go >/dev/null 2>&1 || die "go is not on PATH (Go >= 1.19 is needed; tested with Go 1.26)"
command -v gcc >/dev/null 2>&1 || command -v cc >/dev/null 2>&1 \
  || die "no C compiler found: cgo is needed for SQLite (install gcc)"

mkdir -p "$ORYKIT_BIN_DIR" || die "cannot create $ORYKIT_BIN_DIR"

stamp_of() { # name ldflags
  local dir="$SERVERS_DIR/$1"
  { cat "$dir/go.mod" "$dir/go.sum" "$dir/main.go"; echo "$2"; echo "tags=sqlite,json1"; } \
    | sha256sum | cut -c1-16
}

build_one() {
  local name="$1" version commit pkg bin
  case "$name" in
    kratos) version="$KRATOS_VERSION"; commit="$KRATOS_COMMIT"; pkg="github.com/ory/kratos"; bin="$KRATOS_BIN" ;;
    hydra) version="$HYDRA_VERSION"; commit="$HYDRA_COMMIT"; pkg="github.com/ory/hydra/v2"; bin="$HYDRA_BIN" ;;
    *) die "unknown server '$name' (expected kratos or hydra)" ;;
  esac
  local ldflags="-X $pkg/driver/config.Version=$version -X $pkg/driver/config.Commit=$commit -X $pkg/driver/config.Date=release"
  local stamp; stamp="$(stamp_of "$name" "$ldflags")"

  if [[ -z "${FORCE:-}" && -x "$bin" && "$(cat "$bin.stamp" 2>/dev/null)" == "$stamp" ]]; then
    echo "build.sh: $name $version is cached at $bin"
    return 0
  fi

  local log="$ORYKIT_BIN_DIR/$name-$version.build.log" tmp="$bin.tmp.$$"
  echo "build.sh: building $name $version (cold builds take minutes; log: $log)"
  local start=$SECONDS
  # GOTOOLCHAIN=local: build with the installed Go, never download another toolchain.
  # GOFLAGS=-mod=readonly: go.mod/go.sum in the wrapper are complete; never rewrite them.
  # GONOSUMDB: the checksum database served here has no entry for some Hydra 2.1 modules; the
  #   hashes committed in hydra/go.sum are still enforced.
  local -a goenv=(CGO_ENABLED=1 "GOTOOLCHAIN=${GOTOOLCHAIN:-local}" "GOFLAGS=${ORYKIT_GOFLAGS:--mod=readonly}"
    "GONOSUMDB=${GONOSUMDB:+$GONOSUMDB,}github.com/ory/hydra,github.com/ory/hydra-client-go")
  if ! (cd "$SERVERS_DIR/$name" && env "${goenv[@]}" go build -trimpath -tags sqlite,json1 \
        -ldflags "$ldflags" -o "$tmp" .) >"$log" 2>&1; then
    if grep -q 'linkname' "$log"; then
      echo "build.sh: $name: linker refused a //go:linkname; retrying with -checklinkname=0" | tee -a "$log"
      if ! (cd "$SERVERS_DIR/$name" && env "${goenv[@]}" go build -trimpath -tags sqlite,json1 \
            -ldflags "$ldflags -checklinkname=0" -o "$tmp" .) >>"$log" 2>&1; then
        rm -f "$tmp"; tail -n 40 "$log" >&2; die "building $name $version failed (full log: $log)"
      fi
    else
      rm -f "$tmp"; tail -n 40 "$log" >&2; die "building $name $version failed (full log: $log)"
    fi
  fi
  mv -f "$tmp" "$bin"
  echo "$stamp" >"$bin.stamp"
  echo "build.sh: built $name $version in $((SECONDS - start))s -> $bin"
}

names=("$@")
[[ ${#names[@]} -gt 0 ]] || read -r -a names <<<"$ORYKIT_SERVERS"

# One build at a time per cache (two test runs starting together would otherwise race).
exec 9>"$ORYKIT_BIN_DIR/.build.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi

for n in "${names[@]}"; do build_one "$n"; done
