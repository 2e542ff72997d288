# Shared settings for build.sh, start.sh, stop.sh and status.sh. Source it; don't run it.
# Every value can be overridden from the environment (see README.md).

SERVERS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Versions are fixed by kratos/go.mod and hydra/go.mod; these only name the cached binaries.
KRATOS_VERSION="v0.11.0"
KRATOS_COMMIT="59c30b6860b56990e132416366e0ae6abe7a275f"
HYDRA_VERSION="v2.1.2"
HYDRA_COMMIT="d94ed6e4486ee270d8903e6e9376134931a742d9"

ORYKIT_CACHE="${ORYKIT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/orykit}"
ORYKIT_BIN_DIR="${ORYKIT_BIN_DIR:-$ORYKIT_CACHE/bin}"
KRATOS_BIN="${KRATOS_BIN:-$ORYKIT_BIN_DIR/kratos-$KRATOS_VERSION}"
HYDRA_BIN="${HYDRA_BIN:-$ORYKIT_BIN_DIR/hydra-$HYDRA_VERSION}"

# Pid files, logs and the rendered configs of the running servers.
ORYKIT_RUN_DIR="${ORYKIT_RUN_DIR:-${TMPDIR:-/tmp}/orykit-servers}"

DEMO_URL="${DEMO_URL:-http://localhost:5173}"
DEMO_URL="${DEMO_URL%/}"
SMTP_PORT="${SMTP_PORT:-1025}"

KRATOS_PUBLIC_PORT="${KRATOS_PUBLIC_PORT:-4433}"
KRATOS_ADMIN_PORT="${KRATOS_ADMIN_PORT:-4434}"
HYDRA_PUBLIC_PORT="${HYDRA_PUBLIC_PORT:-4444}"
HYDRA_ADMIN_PORT="${HYDRA_ADMIN_PORT:-4445}"

KRATOS_PUBLIC_URL="${KRATOS_PUBLIC_URL:-http://127.0.0.1:$KRATOS_PUBLIC_PORT}"
KRATOS_PUBLIC_URL="${KRATOS_PUBLIC_URL%/}"
KRATOS_ADMIN_URL="${KRATOS_ADMIN_URL:-http://127.0.0.1:$KRATOS_ADMIN_PORT}"
KRATOS_ADMIN_URL="${KRATOS_ADMIN_URL%/}"
HYDRA_PUBLIC_URL="${HYDRA_PUBLIC_URL:-http://127.0.0.1:$HYDRA_PUBLIC_PORT}"
HYDRA_PUBLIC_URL="${HYDRA_PUBLIC_URL%/}"
HYDRA_ADMIN_URL="${HYDRA_ADMIN_URL:-http://127.0.0.1:$HYDRA_ADMIN_PORT}"
HYDRA_ADMIN_URL="${HYDRA_ADMIN_URL%/}"

READY_TIMEOUT="${READY_TIMEOUT:-60}"

# Which servers start.sh/stop.sh/status.sh handle when called without arguments.
ORYKIT_SERVERS="${ORYKIT_SERVERS:-kratos hydra}"
