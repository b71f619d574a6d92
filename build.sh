#!/usr/bin/env bash
# The project's two commands:
#   ./build.sh run [-- COMMAND ARGS]   the application with demo data on the embedded SQLite database
#   ./build.sh test                    every test project (real PostgreSQL, SQLite and Chromium)
#   ./build.sh benchmark [dashboard | national | reader [MB] | ranking [s [clients]] | load [s] | …]   figures for docs/benchmarks.md (not part of the tests)
#   ./build.sh migrations add NAME     after a model change: migration NAME for every provider, and the schema scripts
#   ./build.sh migrations reset        before the first deployment only: one Initial migration per provider again
set -euo pipefail
cd "$(dirname "$0")"
AXE_VERSION=4.10.3
# The OpenAPI document's lint and client check (ApiDocumentationTests): exact versions, from npm.
OPENAPI_TOOLS=("@redocly/cli@2.77.0" "openapi-typescript@7.13.0" "typescript@5.9.3")
# The S3-compatible object store the storage tests start on 127.0.0.1 (S3Server).
S3RVER_VERSION=3.7.1

die() { echo "build.sh: $*" >&2; exit 1; }

require_dotnet() {
  command -v dotnet >/dev/null || die "falta el SDK de .NET 10 (https://learn.microsoft.com/dotnet/core/install/linux-debian): instálelo y vuelva a intentar."
  dotnet --list-sdks | grep -q '^10\.' || die "hace falta el SDK de .NET 10; este equipo tiene: $(dotnet --list-sdks | tr '\n' ' ')"
}

# Installs Debian packages that are missing, or says exactly which to install when it cannot.
require_packages() {
  local missing=()
  for spec in "$@"; do
    local probe=${spec%%:*} package=${spec##*:}
    [ -e "$probe" ] || command -v "$probe" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "build.sh: instalando ${missing[*]} (paquetes de Debian)…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    die "faltan paquetes: ejecute como root 'apt-get install ${missing[*]}' y vuelva a intentar."
  fi
}

# EF Core migrations per provider, generated with the local dotnet-ef tool (docs/architecture.md, "Database").
migrations() {
  local action=${1:-} name=${2:-}
  case "$action" in
    add) [ -n "$name" ] || die "Uso: ./build.sh migrations add NOMBRE" ;;
    reset) name=Initial ;;
    *) die "Uso: ./build.sh migrations add NOMBRE | ./build.sh migrations reset" ;;
  esac
  dotnet tool restore >/dev/null
  local dir
  for dir in migrations/sqlite migrations/postgres migrations/sqlserver; do
    [ "$action" = reset ] && rm -rf "$dir/Migrations"
    dotnet restore "$dir" -v quiet >/dev/null
    dotnet ef migrations add "$name" --project "$dir"
    # EF Core cannot make an idempotent SQLite script: that one is the plain script from an empty database.
    dotnet ef migrations script $([ "$dir" = migrations/sqlite ] || echo --idempotent) --project "$dir" --output "$dir/schema.sql"
  done
}

postgres_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && { echo "$dir"; return; }; done
}

case "${1:-}" in
  run)
    shift
    [ "${1:-}" = "--" ] && shift
    require_dotnet
    export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
    export IC_DATA_DIR="$(realpath -m "${IC_DATA_DIR:-./data}")"
    export Demo__Enabled="${Demo__Enabled:-true}"
    export Demo__Showcase="${Demo__Showcase:-true}"
    # Run the published output, as a deployment does (compressed, fingerprinted static files).
    dotnet publish src/IncentiveCompliance.Web -c Release -o .build/app -v quiet -nologo
    export ASPNETCORE_CONTENTROOT="$PWD/.build/app"
    command -v chromium >/dev/null || echo "build.sh: sin Chromium no se imprimen las constancias en PDF (apt-get install chromium)." >&2
    [ $# -eq 0 ] && echo "IncentiveCompliance en ${ASPNETCORE_URLS} (datos en ${IC_DATA_DIR}); usuarios de demostración en README.md."
    exec dotnet .build/app/IncentiveCompliance.Web.dll "$@"
    ;;
  test)
    require_dotnet
    [ -n "$(postgres_bin)" ] || require_packages "/usr/lib/postgresql:postgresql"
    require_packages "chromium:chromium" "pdftotext:poppler-utils" "npm:npm"
    export IC_PG_BIN="$(postgres_bin)"
    export IC_CHROMIUM="${IC_CHROMIUM:-$(command -v chromium)}"
    [ -f .tools/axe/node_modules/axe-core/axe.min.js ] ||
      npm install --silent --no-audit --no-fund --no-save --no-package-lock --prefix .tools/axe "axe-core@${AXE_VERSION}" >/dev/null
    export IC_AXE_SCRIPT="$PWD/.tools/axe/node_modules/axe-core/axe.min.js"
    for tool in redocly openapi-typescript tsc; do
      [ -x ".tools/openapi/node_modules/.bin/$tool" ] ||
        { npm install --silent --no-audit --no-fund --no-save --no-package-lock --prefix .tools/openapi "${OPENAPI_TOOLS[@]}" >/dev/null; break; }
    done
    export IC_OPENAPI_TOOLS="$PWD/.tools/openapi/node_modules/.bin"
    [ -x .tools/s3rver/node_modules/.bin/s3rver ] ||
      npm install --silent --no-audit --no-fund --no-save --no-package-lock --prefix .tools/s3rver "s3rver@${S3RVER_VERSION}" >/dev/null
    export IC_S3RVER="$PWD/.tools/s3rver/node_modules/.bin/s3rver"
    dotnet build IncentiveCompliance.sln -c Release -v quiet -nologo
    status=0 log=$(mktemp)
    for project in tests/*Tests/*.csproj; do
      dotnet test "$project" -c Release --no-build -v quiet -nologo --logger "console;verbosity=normal" | tee -a "$log" || status=1
    done
    # One closing line with the totals of every test project.
    awk '/^ +Passed: [0-9]+$/ {p += $2} /^ +Failed: [0-9]+$/ {f += $2} /^ +Skipped: [0-9]+$/ {s += $2}
         END {printf "Total: %d passed, %d failed, %d skipped\n", p, f, s}' "$log"
    rm -f "$log"
    exit $status
    ;;
  benchmark)
    shift
    require_dotnet
    [ -n "$(postgres_bin)" ] || require_packages "/usr/lib/postgresql:postgresql"
    export IC_PG_BIN="$(postgres_bin)"
    dotnet run --project tests/IncentiveCompliance.Benchmarks -c Release -v quiet -- "$@"
    ;;
  migrations)
    shift
    require_dotnet
    migrations "$@"
    ;;
  *)
    echo "Uso: ./build.sh run [-- import-municipalities ARCHIVO.csv | create-admin CORREO NOMBRE] | ./build.sh test | ./build.sh migrations add NOMBRE" >&2
    exit 2
    ;;
esac
