#!/usr/bin/env bash
# End to end through the CLI, as users see it: rubric screen --format jsonl on a generated JSON Lines file of
# Yeda dossiers (10 experts x 20 scores), 1 and 2 threads, each engine the CLI offers, against the hand-written
# pipeline (System.Text.Json in, the same decision bytes out). Prints one workload= line per run; the outputs'
# SHA-256 must all be equal (same_bytes=yes). Usage: bench/e2e.sh [DOSSIERS] (default 1000000; 4.2 GB of input).
# RUBRIC_E2E_DIR (default /tmp/rubric-e2e) holds the input, kept between runs, and the outputs, removed after.
set -euo pipefail
n=${1:-1000000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${RUBRIC_E2E_DIR:-/tmp/rubric-e2e}
mkdir -p "$work"
if [[ "${RUBRIC_E2E_NO_BUILD:-}" != 1 ]]; then
  dotnet build "$root/src/RubricEngine.Cli" -c Release -v q -nologo >/dev/null
  dotnet build "$root/bench/RubricEngine.Benchmarks" -c Release -v q -nologo >/dev/null
fi
cli="$root/src/RubricEngine.Cli/bin/Release/net10.0/rubric"
bench="$root/bench/RubricEngine.Benchmarks/bin/Release/net10.0/RubricEngine.Benchmarks"
input="$work/yeda-$n.jsonl"
[[ -s "$input" ]] || "$bench" --generate-yeda-jsonl "$n" "$input" # outside every timing

engines=(default)
if "$cli" screen --help | grep -q -- '--engine'; then engines=(compiled nrules); fi

reference=""
measure() { # side engine threads command...
  local side=$1 engine=$2 threads=$3; shift 3
  local out="$work/out-$side-$engine-$threads.jsonl" timing="$work/time.txt"
  /usr/bin/time -v -o "$timing" "$@" "$out" >/dev/null 2>"$work/stderr.txt" || { echo "failed: $*"; tail -3 "$work/stderr.txt"; return 1; }
  local wall user sys rss hash
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$timing")
  user=$(awk -F': ' '/User time/ { print $2 }' "$timing")
  sys=$(awk -F': ' '/System time/ { print $2 }' "$timing")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$timing")
  hash=$(sha256sum "$out" | cut -c1-16)
  reference=${reference:-$hash}
  rm -f "$out" "$out.run.json"
  awk -v side="$side" -v engine="$engine" -v t="$threads" -v n="$n" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss" \
      -v hash="$hash" -v same="$([[ $hash == "$reference" ]] && echo yes || echo NO)" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "workload=e2e_yeda side=%s engine=%s threads=%d n=%d wall_s=%.2f dossiers_per_s=%.0f cpu_s=%.2f peak_rss_mb=%s sha256=%s same_bytes=%s load=%s\n", side, engine, t, n, wall, n / wall, user + sys, rss, hash, same, load }'
}

date -u +"run at %Y-%m-%dT%H:%MZ on $(nproc) cores, commit $(git -C "$root" rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg)"
for threads in 1 2; do
  measure handwritten - "$threads" "$bench" --handwritten-yeda "$threads" "$input"
done
for engine in "${engines[@]}"; do
  flag=(); [[ $engine == default ]] || flag=(--engine "$engine")
  for threads in 1 2; do
    measure cli "$engine" "$threads" "$cli" screen --rubric "$root/rubrics/yeda.rubric" --dossiers "$input" --format jsonl \
      --threads "$threads" "${flag[@]}" --out
  done
done
