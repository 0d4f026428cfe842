#!/usr/bin/env bash
# Recording overhead end to end through the CLI, as users see it: rubric screen --rubric rubrics/gib.rubric on a
# generated JSON Lines file of GIB dossiers (the record_sqlite workload's batch), --format jsonl --out, without and
# with --record on a new SQLite store, alternated in rounds. Prints one workload= line per run (wall, CPU user+sys,
# peak RSS, store size, load) and one overhead line per round; every output's SHA-256 must be equal (same_bytes=yes).
# Usage: bench/record-e2e.sh [DOSSIERS] [ROUNDS] (default 100000 2).
# RUBRIC_E2E_DIR (default /tmp/rubric-record-e2e) holds the input, kept between runs, and the outputs and stores, removed after.
# RUBRIC_CLIS="label=path ..." compares builds (each round runs every build's pair in turn); default: this clone's.
# RUBRIC_SCREEN_ARGS adds options to both sides (say "--engine compiled"; the CLI's default engine is nrules).
set -euo pipefail
n=${1:-100000}
rounds=${2:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${RUBRIC_E2E_DIR:-/tmp/rubric-record-e2e}
mkdir -p "$work"
if [[ "${RUBRIC_E2E_NO_BUILD:-}" != 1 ]]; then
  dotnet build "$root/bench/RubricEngine.Benchmarks" -c Release -v q -nologo >/dev/null # builds the CLI too
fi
bench="$root/bench/RubricEngine.Benchmarks/bin/Release/net10.0/RubricEngine.Benchmarks"
clis=${RUBRIC_CLIS:-"this=$root/src/RubricEngine.Cli/bin/Release/net10.0/rubric"}
input="$work/gib-$n.jsonl"
[[ -s "$input" ]] || "$bench" --generate-gib-jsonl "$n" "$input" # outside every timing

reference=""
measure() { # label side cli [record args...]; sets wall and cpu
  local label=$1 side=$2 cli=$3; shift 3
  local out="$work/out-$label-$side.jsonl" timing="$work/time.txt" store="$work/store-$label.db"
  rm -f "$store" "$store-wal" "$store-shm"
  local record=(); [[ $side == recorded ]] && record=(--record "$store")
  local load_before; load_before=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$timing" "$cli" screen --rubric "$root/rubrics/gib.rubric" --dossiers "$input" --format jsonl \
    ${RUBRIC_SCREEN_ARGS:-} "${record[@]}" --out "$out" >/dev/null 2>"$work/stderr.txt" || { echo "failed: $label $side"; tail -3 "$work/stderr.txt"; return 1; }
  local user sys rss hash store_mb=0
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$timing")
  user=$(awk -F': ' '/User time/ { print $2 }' "$timing")
  sys=$(awk -F': ' '/System time/ { print $2 }' "$timing")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$timing")
  hash=$(sha256sum "$out" | cut -c1-16)
  reference=${reference:-$hash}
  [[ $side == recorded ]] && store_mb=$(du -cm "$store"* | tail -1 | cut -f1)
  rm -f "$out" "$out.run.json" "$store" "$store-wal" "$store-shm"
  awk -v label="$label" -v side="$side" -v n="$n" -v wall="$wall" -v cpu="$cpu" -v rss="$rss" -v store="$store_mb" -v hash="$hash" \
      -v same="$([[ $hash == "$reference" ]] && echo yes || echo NO)" -v lb="$load_before" -v la="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "workload=e2e_record_gib build=%s side=%s n=%d wall_s=%.2f dossiers_per_s=%.0f cpu_s=%s cpu_us_per_dossier=%.1f peak_rss_mb=%s store_mb=%s sha256=%s same_bytes=%s load=%s..%s\n", label, side, n, wall, n / wall, cpu, cpu * 1e6 / n, rss, store, hash, same, lb, la }'
}

date -u +"run at %Y-%m-%dT%H:%MZ on $(nproc) cores, commit $(git -C "$root" rev-parse --short HEAD), options '${RUBRIC_SCREEN_ARGS:-}', load $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= rounds; round++)); do
  for entry in $clis; do
    label=${entry%%=*} cli=${entry#*=}
    measure "$label" plain "$cli"; plain_wall=$wall plain_cpu=$cpu
    measure "$label" recorded "$cli"
    awk -v label="$label" -v r="$round" -v pw="$plain_wall" -v rw="$wall" -v pc="$plain_cpu" -v rc="$cpu" \
      'BEGIN { printf "round=%d build=%s overhead_pct=%.1f cpu_overhead_pct=%.1f target_pct=30\n", r, label, (1 - pw / rw) * 100, (1 - pc / rc) * 100 }'
  done
done
