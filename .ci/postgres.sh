#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages, starts its cluster and creates the database the record-store
# tests use. Sourced by .ci/run, so the exported RUBRIC_TEST_POSTGRES reaches `dotnet test`.
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi

# Debian creates one cluster per installed major version; start the first one whatever its version.
read -r pg_version pg_cluster _ < <(pg_lsclusters --no-header | head -n 1)
pg_ctlcluster "$pg_version" "$pg_cluster" start 2>/dev/null || true
pg_port=$(pg_lsclusters --no-header | awk -v v="$pg_version" -v c="$pg_cluster" '$1 == v && $2 == c { print $3 }')

su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'rubric'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"CREATE ROLE rubric LOGIN PASSWORD 'rubric' CREATEDB\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'rubric_records'\"" | grep -q 1 \
    || su postgres -c "createdb -O rubric rubric_records"

export RUBRIC_TEST_POSTGRES="Host=localhost;Port=${pg_port};Username=rubric;Password=rubric;Database=rubric_records"
echo "PostgreSQL $pg_version/$pg_cluster on port $pg_port; RUBRIC_TEST_POSTGRES is set"
