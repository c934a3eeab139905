#!/usr/bin/env bash
# Summarises the CPU samples of a JFR recording (e.g. one written by BENCH_JFR=1 bench/run.sh):
# the hottest methods by own samples (top frame), and by samples anywhere in the stack (inclusive),
# plus the same per thread-name prefix. Needs the JDK's `jfr` tool.
set -euo pipefail

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
    echo "usage: bench/jfr-top.sh RECORDING.jfr [N]   (N rows per table, default 25)" >&2
    exit 2
fi
recording=$1
rows=${2:-25}
command -v jfr >/dev/null || { echo "jfr-top: the JDK's 'jfr' tool is not on PATH" >&2; exit 2; }

samples=$(mktemp "${TMPDIR:-/tmp}/jfr-top.XXXXXX")
trap 'rm -f "$samples"' EXIT
# One line per sample: thread<TAB>frame1<TAB>frame2... (frames without line numbers, top first).
# jfr print truncates stacks to 64 frames by default, which is enough to attribute the hot spots.
jfr print --events jdk.ExecutionSample --stack-depth 64 "$recording" | awk '
    /^jdk.ExecutionSample/ { if (n) print line; line = ""; n = 0; thread = ""; next }
    /sampledThread = / { sub(/.*sampledThread = "/, ""); sub(/".*/, ""); thread = $0; line = thread; next }
    /^[ \t]+[A-Za-z_$][A-Za-z0-9_$.]*\(.*\)/ {
        frame = $0; sub(/^[ \t]+/, "", frame); sub(/\(.*$/, "", frame)
        line = line "\t" frame; n++ }
    END { if (n) print line }' >"$samples"

total=$(wc -l <"$samples")
echo "$total CPU samples in $recording"
echo
echo "== top $rows methods by own samples (top frame)"
awk -F'\t' '{ print $2 }' "$samples" | sort | uniq -c | sort -rn | head -n "$rows" \
    | awk -v t="$total" '{ printf "%6d %5.1f%%  %s\n", $1, 100 * $1 / t, $2 }'
echo
echo "== top $rows io.infrasync methods by inclusive samples (anywhere in the stack, once per sample)"
awk -F'\t' '{ delete seen; for (i = 2; i <= NF; i++) if ($i ~ /^io\.infrasync\./ && !seen[$i]++) print $i }' "$samples" \
    | sort | uniq -c | sort -rn | head -n "$rows" | awk -v t="$total" '{ printf "%6d %5.1f%%  %s\n", $1, 100 * $1 / t, $2 }'
echo
echo "== samples per thread (name without its trailing number)"
awk -F'\t' '{ name = $1; sub(/[-#]?[0-9]+$/, "", name); print name }' "$samples" | sort | uniq -c | sort -rn \
    | head -n "$rows" | awk -v t="$total" '{ c = $1; $1 = ""; printf "%6d %5.1f%% %s\n", c, 100 * c / t, $0 }'
