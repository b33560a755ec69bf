#!/usr/bin/env bash
# Runs every benchmark of BENCHMARKS.md on this machine and writes the raw results, and a summary with
# the tables, to benchmarks/results/<UTC date>/ (or $OUT).
#
#   benchmarks/run-all.sh                 # everything (about 45 minutes on 2 cores)
#   SECTIONS="http client" benchmarks/run-all.sh
#   QUICK=1 benchmarks/run-all.sh         # a short pass that checks the harness, numbers not for publishing
#   WRK_SECONDS=8 JMH_ARGS="-wi 2 -i 3 -w 2 -r 2" benchmarks/run-all.sh   # shorter rows on a loaded machine
#
# Sections: engine http client startup soak tenants footprint profile realtime. Every server listens on 127.0.0.1 only;
# every load run is bounded in time. Needs a JDK 17, Maven, curl, and wrk (installed with apt-get when
# missing and run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SECTIONS=${SECTIONS:-"engine http client startup soak tenants footprint profile realtime"}
QUICK=${QUICK:-0}
OUT=${OUT:-$ROOT/benchmarks/results/$(date -u +%Y-%m-%d)}
if [[ $QUICK == 1 ]]; then
  WRK_SECONDS=${WRK_SECONDS:-3}; WRK_WARMUP=${WRK_WARMUP:-1}; SOAK_SECONDS=${SOAK_SECONDS:-40}; STARTUP_RUNS=${STARTUP_RUNS:-3}
  TENANTS=${TENANTS:-10000}
  JMH_QUICK=(-wi 1 -i 2 -w 1 -r 1); JMH_SS_QUICK=(-wi 3 -i 5)
else
  WRK_SECONDS=${WRK_SECONDS:-15}; WRK_WARMUP=${WRK_WARMUP:-5}; SOAK_SECONDS=${SOAK_SECONDS:-300}; STARTUP_RUNS=${STARTUP_RUNS:-11}
  TENANTS=${TENANTS:-100000}
  JMH_QUICK=(); JMH_SS_QUICK=()
fi
# JMH_ARGS (e.g. "-wi 2 -i 3 -w 2 -r 2") replaces the iterations of every JMH run: shorter runs, repeated.
if [[ -n ${JMH_ARGS:-} ]]; then read -r -a JMH_QUICK <<<"$JMH_ARGS"; fi
mkdir -p "$OUT"
KEY=bench-key
HEADERS=(-H "x-ultracart-simple-key: $KEY" -H "X-UltraCart-Api-Version: 2017-03-01")
FAKE_JAR=$ROOT/conversation-mock-server/target/conversation-mock-server.jar
WIREMOCK_JAR=$ROOT/benchmarks/target/wiremock/wiremock-standalone.jar
SERVER_JVM=(-Xms1g -Xmx1g)
# The HTTP rows run every server with the JVM's defaults, as the README's command starts the fake, so that
# resident memory after the load compares what users get.
HTTP_JVM=()
STARTED=()

log() { printf '\n=== %s  [%s, load %s]\n' "$*" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
cleanup() { for pid in "${STARTED[@]:-}"; do [[ -n $pid ]] && kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

free_port() {
  # Below Linux's ephemeral range (32768 on), so no outgoing connection holds it; free in every state.
  local port
  while :; do
    port=$((20000 + RANDOM % 12000))
    ss -tan "( sport = :$port )" | grep -q ":$port" || { echo "$port"; return; }
  done
}

# start NAME PORT COMMAND...: starts a server in the background, waits until it answers HTTP.
start() {
  local name=$1 port=$2; shift 2
  "$@" >"$OUT/$name.log" 2>&1 &
  STARTED+=("$!")
  LAST_PID=$!
  for _ in $(seq 1 600); do
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/" && return 0
    kill -0 "$LAST_PID" 2>/dev/null || { echo "$name exited: $(tail -5 "$OUT/$name.log")"; return 1; }
    sleep 0.1
  done
  echo "$name did not start"; return 1
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } printf "%.2f", v }'; }

# CPU time a process has used, in clock ticks (user + system), from /proc.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# wrk_row SERVER SCENARIO URL METHOD CONNECTIONS PID: one measured wrk run after a warm-up; one line in
# http.tsv, with the server's CPU time per request (user + system, from /proc/PID/stat): on a machine
# shared with other work, requests per second follow the load, CPU per request much less.
wrk_row() {
  local server=$1 scenario=$2 url=$3 method=$4 conns=$5 pid=$6 script=() raw before after
  [[ $method == PUT ]] && script=(-s "$ROOT/benchmarks/wrk/put.lua")
  wrk -t2 -c"$conns" -d"${WRK_WARMUP}s" "${script[@]}" "${HEADERS[@]}" "$url" >/dev/null
  before=$(cpu_ticks "$pid")
  raw=$(wrk -t2 -c"$conns" -d"${WRK_SECONDS}s" --latency "${script[@]}" "${HEADERS[@]}" "$url")
  after=$(cpu_ticks "$pid")
  printf '%s\n' "$raw" > "$OUT/wrk-$server-$scenario-c$conns.txt"
  local rps p50 p99 non2xx errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$raw")
  p50=$(awk '$1=="50%" {print $2}' <<<"$raw" | to_ms)
  p99=$(awk '$1=="99%" {print $2}' <<<"$raw" | to_ms)
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$raw"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' <<<"$raw"); errors=${errors:-0}
  local requests cpu_us
  requests=$(awk '/requests in/ {print $1}' <<<"$raw")
  cpu_us=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (n > 0 ? t * 1e6 / hz / n : 0) }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$server" "$scenario" "$conns" "$rps" "$p50" "$p99" "$non2xx" "$errors" \
    "$cpu_us" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT/http.tsv"
}

# seed PORT [DIR]: fills the fake on PORT with the fixture and records its answers into DIR ($OUT/fixture).
seed() {
  local dir=${2:-$OUT/fixture}
  rm -rf "$dir"
  java -cp "$CP" dev.parley.conversation.benchmarks.http.Fixture "http://127.0.0.1:$1" "$dir"
  # shellcheck disable=SC1091
  source "$dir/fixture.env"
}

jmh() { # jmh CLASSPATH NAME ARGS...: a JMH run, human output and JSON kept
  local cp=$1 name=$2; shift 2
  java -cp "$cp" org.openjdk.jmh.Main "$@" -rf json -rff "$OUT/$name.json" 2>&1 | tee "$OUT/$name.txt" | grep -E '^(Benchmark|[A-Za-z]+Benchmark\.)' || true
}

# ---------------------------------------------------------------------------------------------------
log "build"
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) == 0 ]]; then apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
  else echo "wrk is missing: sudo apt-get install wrk"; exit 1; fi
fi
[[ ${SKIP_BUILD:-0} == 1 ]] || mvn -B -q -Pbenchmarks -pl benchmarks,benchmarks/ultracart-sdk -am package -DskipTests
CP=$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")
SDK_CP=$ROOT/benchmarks/ultracart-sdk/target/classes:$(cat "$ROOT/benchmarks/ultracart-sdk/target/classpath.txt")
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit: $(git rev-parse --short HEAD)"
  echo "cpus: $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "os: $(uname -sr)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "wrk: $(wrk -v 2>&1 | head -1)"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "quick: $QUICK"
} | tee "$OUT/machine.txt"

# ---------------------------------------------------------------------------------------------------
if [[ " $SECTIONS " == *" engine "* ]]; then
  log "engine scale (JMH) and heap"
  jmh "$CP" engine-scale EngineScaleBenchmark "${JMH_QUICK[@]}"
  : >"$OUT/engine-heap.txt"
  for n in 10000 100000; do
    java -Xms4g -Xmx4g -cp "$CP" dev.parley.conversation.benchmarks.engine.EngineHeap "$n" | tee -a "$OUT/engine-heap.txt"
  done
fi

# ---------------------------------------------------------------------------------------------------
FAKE_PORT=$(free_port)
if [[ " $SECTIONS " == *" http "* || " $SECTIONS " == *" client "* || " $SECTIONS " == *" startup "* ]]; then
  log "fake server and fixture"
  start fake "$FAKE_PORT" java "${HTTP_JVM[@]}" -jar "$FAKE_JAR" --port "$FAKE_PORT" --empty
  FAKE_PID=$LAST_PID
  seed "$FAKE_PORT"
fi

if [[ " $SECTIONS " == *" http "* ]]; then
  log "HTTP throughput and latency (wrk, ${WRK_SECONDS}s per row, the four servers in turn for each row)"
  port=$(free_port)
  start fake-strict "$port" java "${HTTP_JVM[@]}" -jar "$FAKE_JAR" --port "$port" --empty --strict
  strict_pid=$LAST_PID; strict_port=$port
  seed "$strict_port" "$OUT/fixture-strict"
  source "$OUT/fixture/fixture.env"
  port=$(free_port)
  start wiremock "$port" java "${HTTP_JVM[@]}" -jar "$WIREMOCK_JAR" --port "$port" --bind-address 127.0.0.1 \
    --root-dir "$OUT/fixture/wiremock" --disable-banner --max-request-journal-entries 1000
  wiremock_pid=$LAST_PID; wiremock_port=$port
  port=$(free_port)
  start bare-javalin "$port" java "${HTTP_JVM[@]}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" \
    dev.parley.conversation.benchmarks.http.BareJavalin "$port" "$OUT/fixture"
  bare_pid=$LAST_PID; bare_port=$port
  printf 'server\tscenario\tconnections\trequests_per_s\tp50_ms\tp99_ms\tnon_2xx\tsocket_errors\tcpu_us_per_request\tload\n' >"$OUT/http.tsv"
  # Each row measures the four servers minutes apart at most, so that load from elsewhere hits them alike.
  while IFS=$'\t' read -r name method path _ _; do
    strict_path=$(awk -F'\t' -v n="$name" '$1 == n {print $3}' "$OUT/fixture-strict/requests.tsv")
    for conns in 16 64; do
      wrk_row fake "$name" "http://127.0.0.1:$FAKE_PORT$path" "$method" "$conns" "$FAKE_PID"
      wrk_row fake-strict "$name" "http://127.0.0.1:$strict_port$strict_path" "$method" "$conns" "$strict_pid"
      wrk_row wiremock "$name" "http://127.0.0.1:$wiremock_port$path" "$method" "$conns" "$wiremock_pid"
      wrk_row bare-javalin "$name" "http://127.0.0.1:$bare_port$path" "$method" "$conns" "$bare_pid"
    done
  done <"$OUT/fixture/requests.tsv"
  # Resident memory of each server after the same load (default JVM flags).
  printf 'server\trss_mib\n' >"$OUT/rss.tsv"
  for entry in "fake:$FAKE_PID" "fake-strict:$strict_pid" "wiremock:$wiremock_pid" "bare-javalin:$bare_pid"; do
    printf '%s\t%s\n' "${entry%%:*}" "$(($(ps -o rss= -p "${entry#*:}") / 1024))" | tee -a "$OUT/rss.tsv"
  done
  # Why: the heap each collector committed under that load, then what is live after a full collection.
  for entry in "fake:$FAKE_PID" "fake-strict:$strict_pid" "wiremock:$wiremock_pid" "bare-javalin:$bare_pid"; do
    { echo "--- ${entry%%:*}: heap as the load left it, then after a full collection"
      jcmd "${entry#*:}" GC.heap_info | grep -E 'total|region size'
      jcmd "${entry#*:}" GC.run >/dev/null; jcmd "${entry#*:}" GC.heap_info | grep -E 'total'
    } >>"$OUT/heap-after-load.txt" 2>&1 || true
  done
  for pid in "$strict_pid" "$wiremock_pid" "$bare_pid"; do stop "$pid"; done
fi

# ---------------------------------------------------------------------------------------------------
if [[ " $SECTIONS " == *" client "* ]]; then
  log "clients against the fake (JMH, 1 and 8 threads), JSON decoding"
  params=(-p "baseUrl=http://127.0.0.1:$FAKE_PORT/rest/v2" -p "conversation=$CONVERSATION" -p "since=$SINCE")
  for threads in 1 8; do
    # Two rounds, alternating the clients, so that a burst of load from elsewhere does not favour one.
    # -prof gc: bytes allocated per call, the client's own work, which load from elsewhere does not blur.
    for round in 1 2; do
      jmh "$CP" "client-parley-t$threads-r$round" 'ParleyClientBenchmark' "${params[@]}" -t "$threads" -prof gc "${JMH_QUICK[@]}"
      jmh "$CP" "client-bare-t$threads-r$round" 'BareRetrofitClientBenchmark' "${params[@]}" -t "$threads" -prof gc "${JMH_QUICK[@]}"
      jmh "$SDK_CP" "client-sdk-t$threads-r$round" 'UltraCartSdkClientBenchmark' "${params[@]}" -t "$threads" -prof gc "${JMH_QUICK[@]}"
    done
  done
  jmh "$CP" decode-parley 'ParleyJsonDecodeBenchmark' -p "page=$OUT/fixture/page-200.json" -prof gc "${JMH_QUICK[@]}"
  jmh "$SDK_CP" decode-sdk 'UltraCartSdkJsonDecodeBenchmark' -p "page=$OUT/fixture/page-200.json" -prof gc "${JMH_QUICK[@]}"
  jmh "$CP" decode-bare 'BareMoshiJsonDecodeBenchmark' -p "page=$OUT/fixture/page-200.json" -prof gc "${JMH_QUICK[@]}"
  jmh "$CP" encode-parley 'ParleyJsonEncodeBenchmark' -p "page=$OUT/fixture/bodies/list.json" "${JMH_QUICK[@]}"
  # CPU time per decode, which a loaded machine moves less than JMH's wall-clock times; two rounds, alternating.
  for round in 1 2; do
    java -cp "$CP" dev.parley.conversation.benchmarks.client.DecodeCpuTime parley "$OUT/fixture/page-200.json" 20
    java -cp "$CP" dev.parley.conversation.benchmarks.client.DecodeCpuTime bare "$OUT/fixture/page-200.json" 20
    java -cp "$SDK_CP" dev.parley.conversation.benchmarks.sdk.SdkDecodeCpuTime "$OUT/fixture/page-200.json" 20
  done | tee "$OUT/decode-cpu.txt"
fi

if [[ -n ${FAKE_PID:-} ]]; then stop "$FAKE_PID"; fi

# ---------------------------------------------------------------------------------------------------
if [[ " $SECTIONS " == *" startup "* ]]; then
  log "startup: fresh JVM to first 200, embedded start to first answer"
  : >"$OUT/startup-fresh.txt"
  # Bare Javalin from the benchmarks' jar, not their classes folder: a class-data archive takes jars only.
  BARE_CP=$(ls "$ROOT"/benchmarks/target/conversation-benchmarks-*.jar | head -1):$(cat "$ROOT/benchmarks/target/classpath.txt")
  for round in 1 2; do
    # Interleaved halves, so that a burst of load from elsewhere hits both servers alike.
    java -cp "$CP" dev.parley.conversation.benchmarks.startup.FreshJvmStartup fake "$STARTUP_RUNS" \
      /rest/v2/conversation/conversations "$KEY" -- java -jar "$FAKE_JAR" --port '{PORT}' | tee -a "$OUT/startup-fresh.txt"
    java -cp "$CP" dev.parley.conversation.benchmarks.startup.FreshJvmStartup bare-javalin "$STARTUP_RUNS" \
      '/rest/v2/conversation/conversations' "$KEY" -- java -cp "$BARE_CP" \
      dev.parley.conversation.benchmarks.http.BareJavalin '{PORT}' "$OUT/fixture" | tee -a "$OUT/startup-fresh.txt"
    java -cp "$CP" dev.parley.conversation.benchmarks.startup.FreshJvmStartup wiremock "$STARTUP_RUNS" \
      '/rest/v2/conversation/conversations?_limit=50' "$KEY" -- java -jar "$WIREMOCK_JAR" --port '{PORT}' \
      --bind-address 127.0.0.1 --root-dir "$OUT/fixture/wiremock" --disable-banner | tee -a "$OUT/startup-fresh.txt"
  done
  # The fake and bare Javalin again, each with an application class-data archive made by one training
  # run (-XX:ArchiveClassesAtExit, stopped after its first 200), then -XX:SharedArchiveFile: what a
  # team that starts the fake again and again can add to the README's command.
  cds_archive() {  # ARCHIVE COMMAND... ({PORT} in COMMAND)
    local archive=$1 port; shift
    port=$(free_port)
    local command=("${@//\{PORT\}/$port}")
    "${command[0]}" -XX:ArchiveClassesAtExit="$archive" "${command[@]:1}" >"$archive.log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 600); do
      [[ $(curl -s -o /dev/null -w '%{http_code}' -H "x-ultracart-simple-key: $KEY" \
        "http://127.0.0.1:$port/rest/v2/conversation/conversations") == 200 ]] && break
      sleep 0.1
    done
    kill "$pid"; wait "$pid" || true
  }
  cds_archive "$OUT/fake.jsa" java -jar "$FAKE_JAR" --port '{PORT}'
  cds_archive "$OUT/bare-javalin.jsa" java -cp "$BARE_CP" dev.parley.conversation.benchmarks.http.BareJavalin '{PORT}' "$OUT/fixture"
  for round in 1 2; do
    java -cp "$CP" dev.parley.conversation.benchmarks.startup.FreshJvmStartup fake-cds "$STARTUP_RUNS" \
      /rest/v2/conversation/conversations "$KEY" -- java -XX:SharedArchiveFile="$OUT/fake.jsa" -jar "$FAKE_JAR" \
      --port '{PORT}' | tee -a "$OUT/startup-fresh.txt"
    java -cp "$CP" dev.parley.conversation.benchmarks.startup.FreshJvmStartup bare-javalin-cds "$STARTUP_RUNS" \
      '/rest/v2/conversation/conversations' "$KEY" -- java -XX:SharedArchiveFile="$OUT/bare-javalin.jsa" -cp "$BARE_CP" \
      dev.parley.conversation.benchmarks.http.BareJavalin '{PORT}' "$OUT/fixture" | tee -a "$OUT/startup-fresh.txt"
  done
  rm -f "$OUT"/*.jsa
  jmh "$CP" startup-embedded EmbeddedStartupBenchmark -p "listing=$OUT/fixture/bodies/list.json" "${JMH_SS_QUICK[@]}"
fi

# ---------------------------------------------------------------------------------------------------
if [[ " $SECTIONS " == *" soak "* ]]; then
  log "soak: ${SOAK_SECONDS}s of mixed load on a fresh fake; heap after each collection from the GC log"
  port=$(free_port)
  start soak-fake "$port" java "${SERVER_JVM[@]}" -Xlog:gc:file="$OUT/soak-gc.log":uptime -jar "$FAKE_JAR" --port "$port" --empty
  soak_pid=$LAST_PID
  seed "$port" "$OUT/fixture-soak"
  mix=()
  while IFS=$'\t' read -r _ method path _ _; do mix+=("$method" "$path"); done <"$OUT/fixture-soak/requests.tsv"
  live() { jcmd "$soak_pid" GC.run >/dev/null; jcmd "$soak_pid" GC.heap_info | awk '{for (i=1;i<NF;i++) if ($i=="used") {v=$(i+1); sub(/K,?/,"",v); printf "%.1f", v/1024; exit}}'; }
  before=$(live)
  load_start=$(awk '{print $1}' /proc/uptime)
  wrk -t2 -c16 -d"${SOAK_SECONDS}s" --latency -s "$ROOT/benchmarks/wrk/mix.lua" "${HEADERS[@]}" \
    "http://127.0.0.1:$port" -- "${mix[@]}" >"$OUT/soak-wrk.txt" &
  wrk_pid=$!
  printf 'elapsed_s\trss_mib\n' >"$OUT/soak-rss.tsv"
  for ((t = 30; t <= SOAK_SECONDS; t += 30)); do
    sleep 30
    printf '%s\t%s\n' "$t" "$(($(ps -o rss= -p "$soak_pid") / 1024))" >>"$OUT/soak-rss.tsv"
  done
  wait "$wrk_pid"
  after=$(live)
  cat "$OUT/soak-wrk.txt"
  # Heap after each collection, lowest per 30 s of load: the live set plus what was in flight.
  awk -v origin="$(awk -v l="$load_start" -v p="$(ps -o etimes= -p "$soak_pid" | xargs)" -v now="$(awk '{print $1}' /proc/uptime)" 'BEGIN {print l - (now - p)}')" '
    /Pause/ && /->/ { t=$1; gsub(/[\[\]s]/,"",t); t-=origin; if (t < 0) next;
      for (i=1;i<=NF;i++) if ($i ~ /->/) { split($i, a, "->"); v=a[2]; sub(/M.*/,"",v); b=int(t/30); if (!(b in m) || v+0 < m[b]) m[b]=v+0; if (b>last) last=b } }
    END { printf "window_s\tmin_heap_after_gc_mib\n"; for (b=0;b<=last;b++) if (b in m) printf "%d-%d\t%d\n", b*30, b*30+30, m[b] }' \
    "$OUT/soak-gc.log" | tee "$OUT/soak.tsv"
  printf 'live heap after a full collection: %s MiB before the load, %s MiB after %ss of it\n' "$before" "$after" "$SOAK_SECONDS" \
    | tee -a "$OUT/soak-wrk.txt"
  grep -c 'Pause Full' "$OUT/soak-gc.log" | xargs printf 'full collections: %s (two are the measurements above)\n' | tee -a "$OUT/soak-wrk.txt"
  curl -s -H "x-ultracart-simple-key: $KEY" "http://127.0.0.1:$port/__admin/requests?limit=1000000" | grep -o '"method"' | wc -l \
    | xargs printf 'journal entries kept after the soak: %s\n' | tee -a "$OUT/soak-wrk.txt"
  stop "$soak_pid"
fi

# ---------------------------------------------------------------------------------------------------
if [[ " $SECTIONS " == *" tenants "* ]]; then
  log "tenants: $TENANTS distinct credentials against a standalone fake with the demonstration data and -Xmx256m"
  port=$(free_port)
  start tenants-fake "$port" java -Xmx256m -Xlog:gc:file="$OUT/tenants-gc.log":uptime -jar "$FAKE_JAR" --port "$port"
  tenants_pid=$LAST_PID
  wrk -t2 -c16 -d600s -s "$ROOT/benchmarks/wrk/tenants.lua" "http://127.0.0.1:$port" -- "$TENANTS" >"$OUT/tenants-wrk.txt" &
  wrk_pid=$!
  # Meanwhile one steady credential lists its conversations every 2 s: the server must keep serving it.
  printf 'elapsed_s\tstatus\tseconds\n' >"$OUT/tenants-probe.tsv"
  probe_start=$SECONDS
  while kill -0 "$wrk_pid" 2>/dev/null; do
    curl -s -o /dev/null -w "$((SECONDS - probe_start))\t%{http_code}\t%{time_total}\n" --max-time 10 \
      -H "x-ultracart-simple-key: steady-key" "http://127.0.0.1:$port/rest/v2/conversation/conversations?_limit=50" \
      >>"$OUT/tenants-probe.tsv" || true
    # wrk runs until -d even when every thread has stopped sending: stop it once every credential was seen.
    seen=$(curl -s --max-time 10 -H "x-ultracart-simple-key: steady-key" "http://127.0.0.1:$port/__admin/tenants" \
      | sed -E 's/.*"tenants":([0-9]+).*"evicted_tenants":([0-9]+).*/\1 \2/' | awk '{print $1 + $2 - 1}')
    if [[ ${seen:-0} -ge $TENANTS ]]; then kill -INT "$wrk_pid" 2>/dev/null || true; fi
    sleep 2
  done
  wait "$wrk_pid" || true
  printf 'elapsed: %s s\n' "$((SECONDS - probe_start))" >>"$OUT/tenants-wrk.txt"
  cat "$OUT/tenants-wrk.txt"
  jcmd "$tenants_pid" GC.run >/dev/null
  live=$(jcmd "$tenants_pid" GC.heap_info | awk '{for (i=1;i<NF;i++) if ($i=="used") {v=$(i+1); sub(/K,?/,"",v); printf "%.1f", v/1024; exit}}')
  {
    printf 'requests (each with a new credential): %s in %s\n' "$(awk '/requests in/ {print $1}' "$OUT/tenants-wrk.txt")" \
      "$(awk '/^elapsed/ {print $2 " s"}' "$OUT/tenants-wrk.txt")"
    printf 'live heap after a full collection: %s MiB (-Xmx256m)\n' "$live"
    printf 'control plane: %s\n' "$(curl -s -H 'x-ultracart-simple-key: steady-key' "http://127.0.0.1:$port/__admin/tenants")"
    printf 'steady credential: %s answers, %s not 200, slowest %s s\n' "$(($(wc -l <"$OUT/tenants-probe.tsv") - 1))" \
      "$(awk -F'\t' 'NR > 1 && $2 != 200' "$OUT/tenants-probe.tsv" | wc -l)" \
      "$(awk -F'\t' 'NR > 1 && $3 > m {m=$3} END {print m+0}' "$OUT/tenants-probe.tsv")"
    printf 'out of memory: %s\n' "$(grep -c OutOfMemoryError "$OUT/tenants-fake.log" || true)"
  } | tee "$OUT/tenants.txt"
  stop "$tenants_pid"
fi

# ---------------------------------------------------------------------------------------------------
if [[ " $SECTIONS " == *" footprint "* ]]; then
  log "runtime dependency footprint"
  mvn -B -q -pl conversation-client-retrofit -am package dependency:build-classpath -DskipTests \
    -DincludeScope=runtime -Dmdep.outputFile="$OUT/footprint-parley.classpath"
  footprint() { # footprint NAME CLASSPATH_FILE [OWN_JAR]
    local files=() file
    IFS=: read -r -a files <"$2" || true  # the file has no final newline
    [[ -n ${3:-} ]] && files+=("$3")
    for file in "${files[@]}"; do
      if [[ -d $file ]]; then file=$(ls "$(dirname "$file")"/*-SNAPSHOT.jar | head -1); fi
      printf '%s\t%s\t%s\n' "$1" "$(stat -c %s "$file")" "$(basename "$file")"
    done
  }
  {
    footprint parley "$OUT/footprint-parley.classpath" "$(ls "$ROOT"/conversation-client-retrofit/target/conversation-client-retrofit-*.jar)"
    footprint ultracart-sdk "$ROOT/benchmarks/ultracart-sdk/target/footprint-classpath.txt"
  } >"$OUT/footprint.tsv"
  awk -F'\t' '{n[$1]++; b[$1]+=$2} END {for (k in n) printf "footprint %s: %d jars, %.1f MiB\n", k, n[k], b[k]/1048576}' "$OUT/footprint.tsv" \
    | sort | tee "$OUT/footprint.txt"
fi

# ---------------------------------------------------------------------------------------------------
if [[ " $SECTIONS " == *" profile "* ]]; then
  log "profile: where the fake spends its time serving list, get and mark read (JFR, 20 s of wrk at 16 connections each)"
  port=$(free_port)
  start profile-fake "$port" java "${SERVER_JVM[@]}" -jar "$FAKE_JAR" --port "$port" --empty
  profile_pid=$LAST_PID
  seed "$port" "$OUT/fixture-profile"
  for scenario in list get markread; do
    path=$(awk -F'\t' -v s="$scenario" '$1==s {print $3}' "$OUT/fixture-profile/requests.tsv")
    method=$(awk -F'\t' -v s="$scenario" '$1==s {print $2}' "$OUT/fixture-profile/requests.tsv")
    script=(); [[ $method == PUT ]] && script=(-s "$ROOT/benchmarks/wrk/put.lua")
    wrk -t2 -c16 -d10s "${script[@]}" "${HEADERS[@]}" "http://127.0.0.1:$port$path" >/dev/null
    jcmd "$profile_pid" JFR.start name="$scenario" filename="$OUT/fake-$scenario.jfr" settings=profile >/dev/null
    wrk -t2 -c16 -d20s "${script[@]}" "${HEADERS[@]}" "http://127.0.0.1:$port$path" >/dev/null
    jcmd "$profile_pid" JFR.stop name="$scenario" >/dev/null
    jfr print --stack-depth 200 --events jdk.ExecutionSample "$OUT/fake-$scenario.jfr" >"$OUT/samples.txt"
    # Self time by method (top frame), then inclusive time of the fake's own code and of what it calls.
    awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/,""); sub(/line:.*/,""); top[$0]++; n++} END {for (m in top) printf "%6.1f%%  %s\n", 100*top[m]/n, m}' \
      "$OUT/samples.txt" | sort -rn | awk 'NR <= 25' >"$OUT/profile-fake-$scenario-self.txt"
    awk '/stackTrace = \[/ {n++; delete seen; while ((getline line) > 0 && line !~ /^[ \t]*\]/) {sub(/^[ \t]+/,"",line); sub(/line:.*/,"",line); sub(/\(.*/,"",line); if (!(line in seen)) {seen[line]=1; inc[line]++}}} END {for (m in inc) printf "%6.1f%%  %s\n", 100*inc[m]/n, m}' \
      "$OUT/samples.txt" | sort -rn | grep -E 'dev\.parley|JavalinServlet.handle|HttpOutput.write|WriteFlusher|JsonUtf8Writer|Server.handle|ManagedSelector|SocketChannelImpl' \
      | awk 'NR <= 40' >"$OUT/profile-fake-$scenario-inclusive.txt"
    echo "--- $scenario: self"; head -12 "$OUT/profile-fake-$scenario-self.txt"
    echo "--- $scenario: inclusive"; head -25 "$OUT/profile-fake-$scenario-inclusive.txt"
  done
  rm -f "$OUT/samples.txt"
  stop "$profile_pid"
fi

# ---------------------------------------------------------------------------------------------------
if [[ " $SECTIONS " == *" realtime "* ]]; then
  log "realtime: an agent's message fanned out to 1, 100 and 1,000 sockets, frames/s through one socket, heap of 1,000 idle sockets (the fake and a bare Javalin websocket in turn)"
  port=$(free_port)
  start realtime-fake "$port" java "${SERVER_JVM[@]}" -jar "$FAKE_JAR" --port "$port" --empty
  rt_fake_pid=$LAST_PID; rt_fake_port=$port
  port=$(free_port)
  start realtime-bare "$port" java "${SERVER_JVM[@]}" -cp "$CP" dev.parley.conversation.benchmarks.realtime.BareJavalinWebsocket "$port"
  rt_bare_pid=$LAST_PID; rt_bare_port=$port
  rt_quick=(); [[ $QUICK == 1 ]] && rt_quick=(quick)
  java -Xms512m -Xmx512m -cp "$CP" dev.parley.conversation.benchmarks.realtime.RealtimeBenchmark \
    "http://127.0.0.1:$rt_fake_port" "http://127.0.0.1:$rt_bare_port" "$rt_fake_pid" "$rt_bare_pid" "${rt_quick[@]}" \
    | tee "$OUT/realtime.tsv"
  stop "$rt_fake_pid"; stop "$rt_bare_pid"
fi

"$ROOT/benchmarks/summarize.sh" "$OUT"
log "done: $OUT (tables in summary.md)"
