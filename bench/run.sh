#!/usr/bin/env bash
# End-to-end benchmark of infrahub-sync: sandbox NetBox (generated inventory) -> sandbox Infrahub,
# measured with the shaded jar, one JVM per command. See bench/README.md.
set -euo pipefail

usage() {
    cat >&2 <<'EOF'
usage: bench/run.sh [--dry-check] small|medium|large|tiny

  small   ~10 000 objects     medium  ~100 000 objects     large  ~1 000 000 objects
  tiny    ~500 objects (a quick self-check of the script)
  --dry-check   tiny size (unless a size is given), results in a temporary folder, docs untouched;
                exits non-zero when any step fails or its plan is not what the changes imply

Measures, each as its own `java -jar infrahub-sync.jar` process: cold diff, cold sync into an empty
Infrahub, a no-change sync, a sync --no-full-extract after 0.1% of the source objects changed, a diff
after another 0.1% changed (the saved plan) and apply --run-id of that plan.

Environment (all optional):
  BENCH_JAR                the shaded jar to measure (default: sync-cli/target/infrahub-sync.jar,
                           rebuilt by ./infrahub-sync when missing or stale)
  BENCH_PORT               first sandbox port, the second on +1 (default 0: free ports)
  BENCH_JAVA_OPTS          JVM options of the measured commands (default: none)
  BENCH_SANDBOX_JAVA_OPTS  JVM options of the sandbox process (default: none)
  BENCH_JFR=1              record a JFR profile of every measured command into BENCH_RESULTS_DIR
  BENCH_RESULTS_DIR        where <date>-<size>.json goes (default: bench/results)
  BENCH_DOC                markdown file whose bench block is replaced (default: docs/perf-e2e.md; empty: none)
  BENCH_KEEP=1             keep the work folder (cache, outputs, sandbox log) and print its path
  BENCH_START_TIMEOUT      seconds to wait for the sandboxes to start (default 900)
EOF
    exit 2
}

dry_check=false
size=""
for arg in "$@"; do
    case "$arg" in
        --dry-check) dry_check=true ;;
        -h|--help) usage ;;
        small|medium|large|tiny)
            [ -z "$size" ] || { echo "bench/run.sh: one size only, got '$size' and '$arg'" >&2; usage; }
            size=$arg ;;
        *) echo "bench/run.sh: unknown argument '$arg'" >&2; usage ;;
    esac
done
if [ -z "$size" ]; then
    $dry_check || { echo "bench/run.sh: a size is required" >&2; usage; }
    size=tiny
fi
case "$size" in
    tiny) objects_wanted=500 ;;
    small) objects_wanted=10000 ;;
    medium) objects_wanted=100000 ;;
    large) objects_wanted=1000000 ;;
esac

for tool in java curl jq; do
    command -v "$tool" >/dev/null || { echo "bench/run.sh: '$tool' is required on PATH" >&2; exit 2; }
done

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
config="$root/bench/config/netbox_to_infrahub/config.yml"
sync_name=bench
port=${BENCH_PORT:-0}
java_opts=${BENCH_JAVA_OPTS:-}
sandbox_java_opts=${BENCH_SANDBOX_JAVA_OPTS:-}
start_timeout=${BENCH_START_TIMEOUT:-900}
work=$(mktemp -d "${TMPDIR:-/tmp}/infrahub-sync-bench.XXXXXX")
if $dry_check; then
    results_dir=${BENCH_RESULTS_DIR:-$work/results}
    doc=${BENCH_DOC:-}
else
    results_dir=${BENCH_RESULTS_DIR:-$root/bench/results}
    doc=${BENCH_DOC-$root/docs/perf-e2e.md}
fi
sandbox_pid=""

cleanup() {
    local status=$?
    if [ -n "$sandbox_pid" ] && kill -0 "$sandbox_pid" 2>/dev/null; then
        kill -TERM "$sandbox_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$sandbox_pid" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    if [ "${BENCH_KEEP:-0}" = 1 ]; then
        echo "bench: work folder kept: $work" >&2
    else
        rm -rf "$work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf 'bench: %s\n' "$*" >&2; }
load1() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo null; }
fail() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# --- the jar -------------------------------------------------------------------------------------
if [ -n "${BENCH_JAR:-}" ]; then
    jar=$BENCH_JAR
    [ -f "$jar" ] || fail "BENCH_JAR=$jar does not exist"
else
    jar="$root/sync-cli/target/infrahub-sync.jar"
    # The launcher rebuilds the shaded jar when it is missing or older than any source.
    "$root/infrahub-sync" --version >/dev/null || fail "could not build $jar (see the output above)"
fi

# --- the sandboxes -------------------------------------------------------------------------------
token=$(od -An -tx1 -N20 /dev/urandom | tr -d ' \n')
log "starting sandbox NetBox (~$objects_wanted objects) and Infrahub ..."
load_at_start=$(load1)
sandbox_started=$(date +%s.%N)
# shellcheck disable=SC2086 # options are meant to split
java $sandbox_java_opts -jar "$jar" sandbox --netbox --infrahub --size "$objects_wanted" --port "$port" \
    --token "$token" >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
deadline=$(( $(date +%s) + start_timeout ))
until grep -q '^Running until interrupted' "$work/sandbox.out" 2>/dev/null; do
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
        cat "$work/sandbox.out" "$work/sandbox.err" >&2 || true
        sandbox_pid=""
        fail "the sandbox process exited before it was ready"
    fi
    [ "$(date +%s)" -lt "$deadline" ] || fail "the sandboxes did not start within ${start_timeout}s (BENCH_START_TIMEOUT)"
    sleep 0.2
done
sandbox_startup_s=$(awk -v a="$sandbox_started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
netbox_url=$(awk '$1 == "NetBox" { print $2 }' "$work/sandbox.out")
infrahub_url=$(awk '$1 == "Infrahub" { print $2 }' "$work/sandbox.out")
[ -n "$netbox_url" ] && [ -n "$infrahub_url" ] || fail "cannot read the sandbox URLs from: $(cat "$work/sandbox.out")"
log "NetBox $netbox_url, Infrahub $infrahub_url (started in ${sandbox_startup_s}s)"

export INFRAHUB_SYNC_CACHE_DIR="$work/cache"
export INFRAHUB_SYNC_SOURCE_URL="$netbox_url" INFRAHUB_SYNC_SOURCE_TOKEN="$token"
export INFRAHUB_SYNC_DESTINATION_URL="$infrahub_url" INFRAHUB_SYNC_DESTINATION_TOKEN="$token"
# The adapters' own variables must not divert the benchmark to a real server.
unset NETBOX_ADDRESS NETBOX_URL NETBOX_TOKEN INFRAHUB_ADDRESS INFRAHUB_URL INFRAHUB_API_TOKEN

netbox_get() { curl -fsS -H "Authorization: Token $token" -H 'Accept: application/json' "$netbox_url/api/$1"; }

# Requests served so far by one sandbox (its own stats endpoint is not counted).
served() { curl -fsS "$1/__sandbox/stats" | jq '.requests'; }

# CPU seconds (user + sys) the sandbox process used so far, from /proc (0 where /proc is missing).
sandbox_cpu() {
    if [ -r "/proc/$sandbox_pid/stat" ]; then
        awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$sandbox_pid/stat"
    else
        echo 0
    fi
}

endpoints="extras/tags tenancy/tenants dcim/manufacturers dcim/device-roles dcim/sites dcim/racks dcim/device-types
dcim/devices dcim/interfaces ipam/vlans ipam/prefixes ipam/ip-addresses"
objects=0
declare -A endpoint_count
for endpoint in $endpoints; do
    n=$(netbox_get "$endpoint/?limit=1&brief=1" | jq '.count')
    endpoint_count[$endpoint]=$n
    objects=$((objects + n))
done
log "inventory: $objects objects in $(wc -w <<<"$endpoints") NetBox endpoints"

# --- 0.1% changes through the NetBox REST API (bulk PATCH, one request per endpoint) --------------
# Round r changes ids spread evenly over each endpoint, shifted by r so that rounds touch other objects.
patch_endpoint() {
    local endpoint=$1 field=$2 count=$3 round=$4 total=${endpoint_count[$1]}
    [ "$count" -le "$total" ] || count=$total
    local stride=$(( total / count ))
    jq -cn --argjson n "$count" --argjson stride "$stride" --argjson total "$total" --argjson r "$round" \
        --arg field "$field" \
        '[range(0; $n) | {id: (1 + ((. * $stride + $r) % $total)),
                           ($field): ("bench-r\($r)-\(.)" + (if $field == "dns_name" then ".example.net" else "" end))}]' \
        >"$work/patch.json"
    local answered
    answered=$(curl -fsS -X PATCH -H "Authorization: Token $token" -H 'Content-Type: application/json' \
        --data-binary "@$work/patch.json" "$netbox_url/api/$endpoint/" | jq 'length')
    [ "$answered" -eq "$count" ] || fail "PATCH $endpoint: asked to change $count objects, NetBox answered $answered"
    echo "$count"
}

change_round() {
    local round=$1 total=$(( objects / 1000 )) devices ips ifaces
    [ "$total" -ge 3 ] || total=3
    devices=$(( total / 10 )); [ "$devices" -ge 1 ] || devices=1
    ips=$(( total / 5 )); [ "$ips" -ge 1 ] || ips=1
    ifaces=$(( total - devices - ips ))
    local changed=0 n
    n=$(patch_endpoint dcim/devices serial "$devices" "$round"); changed=$((changed + n))
    n=$(patch_endpoint dcim/interfaces description "$ifaces" "$round"); changed=$((changed + n))
    n=$(patch_endpoint ipam/ip-addresses dns_name "$ips" "$round"); changed=$((changed + n))
    echo "$changed"
}

# --- measuring one command -----------------------------------------------------------------------
steps_file="$work/steps.jsonl"
: >"$steps_file"
has_time=false
[ -x /usr/bin/time ] && has_time=true
jfr_dir=""
if [ "${BENCH_JFR:-0}" = 1 ]; then
    jfr_dir="$results_dir/jfr-$(date -u +%Y%m%dT%H%M)-$size"
    mkdir -p "$jfr_dir"
fi

# measure STEP OBJECTS_BASIS CLI-ARGS...: runs the jar once, appends a JSON line to $steps_file and
# leaves the command's JSON summary in $work/STEP.json.
measure() {
    local step=$1 basis=$2
    shift 2
    local opts=$java_opts
    [ -z "$jfr_dir" ] || opts="$opts -XX:StartFlightRecording=filename=$jfr_dir/$step.jfr,settings=profile -Xlog:jfr+startup=warning:stderr"
    local nb_before ih_before cpu_before load_before rc wall user sys rss
    nb_before=$(served "$netbox_url"); ih_before=$(served "$infrahub_url")
    cpu_before=$(sandbox_cpu); load_before=$(load1)
    log "$step: infrahub-sync $*"
    set +e
    if $has_time; then
        # shellcheck disable=SC2086
        /usr/bin/time -f '%e %U %S %M' -o "$work/$step.time" java $opts -jar "$jar" "$@" --config-file "$config" \
            --output json --no-show-progress >"$work/$step.json" 2>"$work/$step.err"
        rc=$?
    else
        local t0 t1
        t0=$(date +%s.%N)
        # shellcheck disable=SC2086
        java $opts -jar "$jar" "$@" --config-file "$config" --output json --no-show-progress \
            >"$work/$step.json" 2>"$work/$step.err"
        rc=$?
        t1=$(date +%s.%N)
        # Without GNU time: wall time only; CPU and peak RSS unknown.
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f -1 -1 -1\n", b - a }' >"$work/$step.time"
    fi
    set -e
    read -r wall user sys rss < <(tail -n 1 "$work/$step.time")
    if [ "$rc" -ne 0 ]; then
        tail -n 20 "$work/$step.err" >&2 || true
        fail "$step exited with $rc (infrahub-sync $*)"
    fi
    local nb_after ih_after cpu_after run_id plan_rows
    nb_after=$(served "$netbox_url"); ih_after=$(served "$infrahub_url"); cpu_after=$(sandbox_cpu)
    run_id=$(jq -r '.run_id' "$work/$step.json")
    # An unmeasured helper JVM; C1 only, it just counts the rows of one Parquet file.
    plan_rows=$(java -XX:TieredStopAtLevel=1 -jar "$jar" runs show "$run_id" --name "$sync_name" --output json --limit 1 2>>"$work/$step.err" \
        | jq '.plan_rows')
    jq -cn --arg step "$step" --arg command "infrahub-sync $*" --argjson rc "$rc" \
        --argjson wall "$wall" --argjson user "$user" --argjson sys "$sys" --argjson rss "$rss" \
        --argjson basis "$basis" --argjson nb "$((nb_after - nb_before))" --argjson ih "$((ih_after - ih_before))" \
        --argjson sandbox_cpu "$(awk -v a="$cpu_before" -v b="$cpu_after" 'BEGIN { printf "%.2f", b - a }')" \
        --argjson plan_rows "$plan_rows" --argjson load_before "$load_before" --argjson load_after "$(load1)" \
        --slurpfile out "$work/$step.json" \
        '{step: $step, command: $command, exit_code: $rc, wall_s: $wall,
          cpu_s: (if $user < 0 then null else (($user + $sys) * 100 | round) / 100 end),
          user_s: (if $user < 0 then null else $user end), sys_s: (if $sys < 0 then null else $sys end),
          peak_rss_mb: (if $rss < 0 then null else (($rss / 1024) | round) end),
          objects: $basis, objects_per_s: (if $wall > 0 then ($basis / $wall | round) else null end),
          http_requests: {netbox: $nb, infrahub: $ih, total: ($nb + $ih)},
          plan_rows: $plan_rows, run_id: $out[0].run_id, status: $out[0].status, summary: $out[0].summary,
          notices: $out[0].notices, sandbox_cpu_s: $sandbox_cpu,
          load_avg_1m: {before: $load_before, after: $load_after}}' >>"$steps_file"
    log "$step: ${wall}s wall, $(jq -r '.cpu_s' <(tail -n 1 "$steps_file"))s CPU, $(( rss / 1024 )) MB peak RSS," \
        "$((nb_after - nb_before)) + $((ih_after - ih_before)) requests, $plan_rows plan rows"
}

summary_of() { jq -r --arg key "$2" '.summary[$key] // 0' "$work/$1.json"; }
step_plan_rows() { jq -r --arg step "$1" 'select(.step == $step) | .plan_rows' "$steps_file"; }
planned() { echo $(( $(summary_of "$1" create) + $(summary_of "$1" update) + $(summary_of "$1" delete) )); }

checks=()
check() { # check DESCRIPTION ACTUAL EXPECTED
    if [ "$2" = "$3" ]; then
        checks+=("$(jq -cn --arg what "$1" --argjson v "$2" '{check: $what, value: $v, ok: true}')")
    else
        checks+=("$(jq -cn --arg what "$1" --argjson v "$2" --argjson e "$3" '{check: $what, value: $v, expected: $e, ok: false}')")
        log "check failed: $1: got $2, expected $3"
    fi
}

# --- the measured sequence -----------------------------------------------------------------------
measure cold_diff "$objects" diff
check "cold diff plans a create per object" "$(summary_of cold_diff create)" "$objects"

measure cold_sync "$objects" sync --no-diff
check "cold sync creates every object" "$(summary_of cold_sync created)" "$objects"
check "cold sync has no object errors" "$(summary_of cold_sync errors)" 0

# Syncs run minutes apart in practice; the config's cursor_margin is 1 s, so after this pause the cold
# sync's writes lie before the next run's cursor, as they would (with the default 60 s margin) in real use.
sleep 3
measure nochange_sync "$objects" sync --no-diff
check "no-change sync finds every object unchanged" "$(summary_of nochange_sync no-change)" "$objects"
check "no-change sync writes nothing" "$(( $(summary_of nochange_sync created) + $(summary_of nochange_sync updated) ))" 0

changed1=$(change_round 1)
log "changed $changed1 objects through NetBox PATCH (round 1)"
measure warm_sync "$objects" sync --no-diff --no-full-extract
check "warm sync updates exactly the changed objects" "$(summary_of warm_sync updated)" "$changed1"

changed2=$(change_round 2)
log "changed $changed2 objects through NetBox PATCH (round 2)"
measure diff_saved "$objects" diff
check "diff after changes plans an update per changed object" "$(summary_of diff_saved update)" "$changed2"
saved_run=$(jq -r '.run_id' "$work/diff_saved.json")
saved_rows=$(jq -r '.plan_rows' <(tail -n 1 "$steps_file"))

measure apply "$saved_rows" apply --run-id "$saved_run"
check "apply writes the saved updates" "$(summary_of apply updated)" "$changed2"
for step in cold_diff cold_sync nochange_sync warm_sync diff_saved; do
    check "$step: plan.parquet rows = creates + updates + deletes" "$(step_plan_rows "$step")" "$(planned "$step")"
done

# --- results -------------------------------------------------------------------------------------
date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)
jdk=$(java -version 2>&1 | head -n 2 | tail -n 1)
commit=$(git -C "$root" rev-parse HEAD 2>/dev/null || echo unknown)
dirty=false
[ -z "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ] || dirty=true
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
mem_kb=$(awk '/^MemTotal/ { print $2 }' /proc/meminfo 2>/dev/null || echo 0)

# Targets of issue 12 (2 cores, 24 GB), evaluated for the size they name.
targets_for() {
    jq -cs --arg size "$size" '
      (map({(.step): .}) | add) as $s
      | [ if $size == "medium" then
            {target: "medium cold sync < 60 s", value: $s.cold_sync.wall_s, limit: 60, met: ($s.cold_sync.wall_s < 60)},
            {target: "medium no-change sync < 10 s", value: $s.nochange_sync.wall_s, limit: 10,
             met: ($s.nochange_sync.wall_s < 10)}
          elif $size == "large" then
            {target: "large cold diff < 60 s", value: $s.cold_diff.wall_s, limit: 60, met: ($s.cold_diff.wall_s < 60)},
            {target: "large cold diff peak RSS < 4 GB", value: $s.cold_diff.peak_rss_mb, limit: 4096,
             met: ($s.cold_diff.peak_rss_mb != null and $s.cold_diff.peak_rss_mb < 4096)}
          else empty end ]' "$steps_file"
}

mkdir -p "$results_dir"
result="$results_dir/$(date -u +%Y-%m-%d)-$size.json"
jq -s --arg size "$size" --argjson wanted "$objects_wanted" --argjson objects "$objects" --arg date "$date_utc" \
    --argjson cores "$(nproc 2>/dev/null || echo 0)" --argjson mem_kb "$mem_kb" --arg cpu "$cpu_model" \
    --arg jdk "$jdk" --arg os "$(uname -sr)" --arg commit "$commit" --argjson dirty "$dirty" \
    --arg java_opts "$java_opts" --arg sandbox_java_opts "$sandbox_java_opts" \
    --argjson startup "$sandbox_startup_s" --argjson changed1 "$changed1" --argjson changed2 "$changed2" \
    --argjson targets "$(targets_for)" --argjson checks "[$(IFS=,; echo "${checks[*]}")]" \
    --arg jfr "$jfr_dir" --argjson load_start "$load_at_start" \
    '{benchmark: "bench/run.sh (NetBox sandbox -> Infrahub sandbox, shaded jar)", size: $size,
      objects_requested: $wanted, objects: $objects, date: $date,
      machine: {cores: $cores, memory_gb: (($mem_kb / 1048576 * 10 | round) / 10), cpu: $cpu, os: $os, jdk: $jdk,
        load_avg_1m_at_start: $load_start},
      git: {commit: $commit, dirty: $dirty},
      java_opts: $java_opts, sandbox: {startup_s: $startup, java_opts: $sandbox_java_opts,
        note: "NetBox and Infrahub emulators in one JVM on the same machine; their CPU is sandbox_cpu_s"},
      config: "bench/config/netbox_to_infrahub/config.yml",
      changes: {warm_sync: $changed1, diff_saved: $changed2,
        how: "bulk PATCH of dcim/devices.serial, dcim/interfaces.description, ipam/ip-addresses.dns_name"},
      steps: ., targets: $targets, checks: $checks, jfr: (if $jfr == "" then null else $jfr end)}' \
    "$steps_file" >"$result"

table=$(jq -r '
  def n: if . == null then "–" else tostring end;
  "### \(.size): \(.objects) objects, \(.date)",
  "",
  "Machine: \(.machine.cores) cores (\(.machine.cpu)), \(.machine.memory_gb) GB, \(.machine.jdk), \(.machine.os);"
    + " commit `\(.git.commit[0:12])`\(if .git.dirty then " (uncommitted changes)" else "" end);"
    + " load average \(.machine.load_avg_1m_at_start) at start; sandboxes started in \(.sandbox.startup_s) s. JVM options: `\(if .java_opts == "" then "(none)" else .java_opts end)`.",
  "",
  "| Step | Wall s | CPU s (user+sys) | Peak RSS MB | Objects/s | HTTP requests NetBox + Infrahub | Plan rows | Sandbox CPU s | Load avg 1 min (before/after) |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  (.steps[] | "| \(.step) | \(.wall_s) | \(.cpu_s | n) | \(.peak_rss_mb | n) | \(.objects_per_s | n) |"
    + " \(.http_requests.netbox) + \(.http_requests.infrahub) | \(.plan_rows) | \(.sandbox_cpu_s) |"
    + " \(.load_avg_1m.before) / \(.load_avg_1m.after) |"),
  "",
  "Objects/s: inventory objects ÷ wall time (apply: plan rows ÷ wall time). Sandbox CPU: CPU time of the emulator process during the step.",
  "Changes: \(.changes.warm_sync) objects before warm_sync, \(.changes.diff_saved) before diff_saved (\(.changes.how)).",
  (.steps[] | select((.notices | length) > 0) | "Note from \(.step): \(.notices | join("; "))."),
  (.targets[] | "Target \(.target): \(.value) → \(if .met then "met" else "**missed**" end)."),
  (.checks | map(select(.ok | not)) | if length > 0 then "Failed checks: " + (map(.check) | join("; ")) + "." else empty end)
' "$result")
printf '\n%s\n\n' "$table"
log "results: $result"

if [ -n "$doc" ]; then
    begin="<!-- bench:$size:begin -->"
    end="<!-- bench:$size:end -->"
    [ -f "$doc" ] || printf '# End-to-end benchmark\n' >"$doc"
    if ! grep -qF "$begin" "$doc"; then
        printf '\n%s\n%s\n' "$begin" "$end" >>"$doc"
    fi
    printf '%s\n' "$table" >"$work/table.md"
    awk -v begin="$begin" -v end="$end" -v table="$work/table.md" '
        $0 == begin { print; while ((getline line < table) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$doc" >"$work/doc.md"
    cat "$work/doc.md" >"$doc"
    log "table written to $doc"
fi

if jq -e '[.checks[] | select(.ok | not)] | length > 0' "$result" >/dev/null; then
    fail "some checks failed (see above and $result)"
fi
