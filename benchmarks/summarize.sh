#!/usr/bin/env bash
# Turns the raw results of run-all.sh in DIR into the Markdown tables of BENCHMARKS.md: DIR/summary.md.
#   benchmarks/summarize.sh benchmarks/results/2026-11-24
set -euo pipefail
DIR=${1:?usage: summarize.sh RESULTS_DIR}
exec >"$DIR/summary.md"

echo "# Results of $(basename "$DIR")"
echo
echo '```'
cat "$DIR/machine.txt"
echo '```'

# A JMH result line: prints "name<TAB>param<TAB>score<TAB>error" for throughput, average and single-shot rows.
jmh_rows() {
  awk '$1 ~ /Benchmark\.[A-Za-z]+$/ {
    for (m = 2; m <= NF; m++) if ($m == "thrpt" || $m == "avgt" || $m == "ss") break
    if (m > NF) next
    split($1, n, "."); err = ($(m+3) == "±") ? $(m+4) : "";
    printf "%s\t%s\t%s\t%s\n", n[2], (m > 2 ? $2 : ""), $(m+2), err }' "$@"
}

# Bytes allocated per operation (-prof gc): "name<TAB>bytes", sorted by name.
alloc_rows() {
  awk '$1 ~ /Benchmark\.[A-Za-z]+:gc\.alloc\.rate\.norm$/ {
    for (m = 2; m <= NF; m++) if ($m == "thrpt" || $m == "avgt") break
    split($1, n, "[.:]"); printf "%s\t%s\n", n[2], $(m+2) }' "$@" | sort
}

if [[ -f $DIR/http.tsv ]]; then
  echo
  echo "## HTTP: requests/s (p50 / p99 ms), wrk -t2, ${WRK_SECONDS:-15} s per row"
  echo
  echo "| request | conns | Parley fake | Parley fake --strict | WireMock 3.13.1 | bare Javalin | fake / WireMock | fake / bare Javalin |"
  echo "|---|---|---|---|---|---|---|---|"
  awk -F'\t' 'NR > 1 { key = $2 "\t" $3; if (!(key in seen)) { seen[key] = 1; order[++n] = key }
      rps[$1 "\t" key] = $4; cell[$1 "\t" key] = sprintf("%.0f (%.2f / %.2f)", $4, $5, $6); bad[$1] += $7 + $8 }
    END { for (i = 1; i <= n; i++) { k = order[i]; split(k, p, "\t");
        printf "| %s | %s | %s | %s | %s | %s | **%.2fx** | **%.0f%%** |\n", p[1], p[2], cell["fake\t" k], cell["fake-strict\t" k],
          cell["wiremock\t" k], cell["bare-javalin\t" k], rps["fake\t" k] / rps["wiremock\t" k], 100 * rps["fake\t" k] / rps["bare-javalin\t" k] }
      printf "\nNon-2xx answers and socket errors over all rows:"; for (s in bad) printf " %s %d;", s, bad[s]; printf "\n" }' "$DIR/http.tsv"
fi

if [[ -f $DIR/http.tsv ]] && head -1 "$DIR/http.tsv" | grep -q cpu_us_per_request; then
  echo
  echo "## HTTP: the server's CPU time per request (µs, user + system), the same rows"
  echo
  echo "| request | conns | Parley fake | Parley fake --strict | WireMock 3.13.1 | bare Javalin | WireMock / fake | bare Javalin / fake | load |"
  echo "|---|---|---|---|---|---|---|---|---|"
  awk -F'\t' 'NR > 1 { key = $2 "\t" $3; if (!(key in seen)) { seen[key] = 1; order[++n] = key }
      cpu[$1 "\t" key] = $9; load[key] = load[key] " " $10 }
    END { for (i = 1; i <= n; i++) { k = order[i]; split(k, p, "\t");
        printf "| %s | %s | %.0f | %.0f | %.0f | %.0f | **%.2fx** | **%.0f%%** | %s |\n", p[1], p[2], cpu["fake\t" k], cpu["fake-strict\t" k],
          cpu["wiremock\t" k], cpu["bare-javalin\t" k], cpu["wiremock\t" k] / cpu["fake\t" k], 100 * cpu["bare-javalin\t" k] / cpu["fake\t" k], load[k] } }' "$DIR/http.tsv"
fi

if [[ -f $DIR/rss.tsv ]]; then
  echo
  echo "Resident memory after the HTTP rows (MiB, default JVM flags):"
  echo
  awk -F'\t' 'NR > 1 { rss[$1] = $2; printf "    %s: %s\n", $1, $2 } END { if (rss["bare-javalin"] > 0) printf "    fake / bare Javalin: %.2fx\n", rss["fake"] / rss["bare-javalin"] }' "$DIR/rss.tsv"
fi

if [[ -f $DIR/tenants.txt ]]; then
  echo
  echo "## Tenants: distinct credentials against one standalone fake (-Xmx256m, the demonstration data)"
  echo
  sed 's/^/    /' "$DIR/tenants.txt"
fi

if [[ -f $DIR/engine-scale.txt ]]; then
  echo
  echo "## Engine at scale: microseconds per operation (mean / p50 / p99), one tenant, 20 messages per conversation"
  echo
  echo "| operation | 10,000 conversations (200,000 messages) | 100,000 conversations (2,000,000 messages) |"
  echo "|---|---|---|"
  awk '$1 ~ /^EngineScaleBenchmark\./ && $3 == "sample" {
      split($1, a, ":"); split(a[1], b, "."); op = b[2]; size = $2
      if (!(op in seen)) { seen[op] = 1; order[++n] = op }
      if (a[2] == "") mean[op, size] = $5; else if (a[2] == "p0.50") p50[op, size] = $4; else if (a[2] == "p0.99") p99[op, size] = $4 }
    END { for (i = 1; i <= n; i++) { op = order[i];
      printf "| %s | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f |\n", op, mean[op, 10000], p50[op, 10000], p99[op, 10000],
        mean[op, 100000], p50[op, 100000], p99[op, 100000] } }' "$DIR/engine-scale.txt"
  echo
  echo "Heap kept alive by the tenant (used heap after a full collection, loaded minus empty):"
  echo
  sed 's/^/    /' "$DIR/engine-heap.txt"
fi

# The mean over the rounds of each JMH row: "name<TAB>score<TAB>largest error", sorted by name.
rounds() {
  jmh_rows "$@" | awk -F'\t' '{ s[$1] += $3; c[$1]++; if ($4 + 0 > e[$1]) e[$1] = $4 + 0 } END { for (k in s) printf "%s\t%.1f\t%.1f\n", k, s[k] / c[k], e[k] }' | sort
}

if compgen -G "$DIR/client-parley-t*-r1.txt" >/dev/null; then
  echo
  echo "## Clients against the fake: calls/s (mean of the rounds, ± the larger 99.9% error)"
  echo
  echo "| call | threads | Parley client | bare Retrofit + Moshi | UltraCart SDK 4.1.2 | Parley / bare | Parley / SDK | bytes allocated per call, Parley / bare / SDK |"
  echo "|---|---|---|---|---|---|---|---|"
  for t in 1 8; do
    join -t $'\t' <(rounds "$DIR"/client-parley-t$t-r*.txt) <(rounds "$DIR"/client-bare-t$t-r*.txt) \
      | join -t $'\t' - <(rounds "$DIR"/client-sdk-t$t-r*.txt) \
      | join -t $'\t' - <(join -t $'\t' <(alloc_rows "$DIR"/client-parley-t$t-r1.txt) <(alloc_rows "$DIR"/client-bare-t$t-r1.txt) \
          | join -t $'\t' - <(alloc_rows "$DIR"/client-sdk-t$t-r1.txt)) \
      | awk -F'\t' -v t="$t" '{ printf "| %s | %s | %.0f ± %.0f | %.0f ± %.0f | %.0f ± %.0f | **%.0f%%** | **%.2fx** | %.0f / %.0f / %.0f |\n", $1, t, $2, $3, $4, $5, $6, $7, 100 * $2 / $4, $2 / $6, $8, $9, $10 }'
  done
  echo
  echo "## Decoding a ConversationsResponse of 200 summaries: microseconds (± 99.9% error)"
  echo
  p=$(jmh_rows "$DIR/decode-parley.txt" | head -1); s=$(jmh_rows "$DIR/decode-sdk.txt" | head -1)
  pa=$(alloc_rows "$DIR/decode-parley.txt" | cut -f2); sa=$(alloc_rows "$DIR/decode-sdk.txt" | cut -f2)
  b=$( [[ -f $DIR/decode-bare.txt ]] && jmh_rows "$DIR/decode-bare.txt" | head -1 || true)
  awk -F'\t' -v p="$p" -v s="$s" -v r="$b" -v pa="$pa" -v sa="$sa" 'BEGIN { split(p, a, "\t"); split(s, b, "\t"); split(r, c, "\t");
    print "| Parley (Moshi to domain records) | bare Moshi (records, dates as text) | UltraCart SDK (Gson) | SDK / Parley | bytes allocated, Parley / SDK |"; print "|---|---|---|---|---|";
    printf "| %.0f ± %.0f | %.0f ± %.0f | %.0f ± %.0f | **%.2fx** | %.0f / %.0f |\n", a[3], a[4], c[3], c[4], b[3], b[4], b[3] / a[3], pa, sa }'
  if [[ -f $DIR/encode-parley.txt ]]; then
    echo
    echo "Writing the fake's answer to the 50-summary listing (microseconds):"
    echo
    jmh_rows "$DIR/encode-parley.txt" | awk -F'\t' '{ printf "    %s: %.0f ± %.0f\n", $1, $3, $4 }'
  fi
fi

if [[ -f $DIR/startup-fresh.txt ]]; then
  echo
  echo "## Startup: milliseconds"
  echo
  echo "| | Parley fake | bare Javalin | WireMock 3.13.1 | fake / bare Javalin |"
  echo "|---|---|---|---|---|"
  awk '/ run [0-9]+:/ { v[$2] = v[$2] " " $5 } END {
      for (s in v) { n = split(v[s], x, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (x[j] + 0 < x[i] + 0) { t = x[i]; x[i] = x[j]; x[j] = t }
        med[s] = (n % 2) ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2; lo[s] = x[1]; hi[s] = x[n]; cnt[s] = n }
      printf "| fresh JVM to first 200 (median, min-max, runs) | **%.0f** (%d-%d, %d) | %.0f (%d-%d, %d) | %.0f (%d-%d, %d) | **%.2fx** |\n",
        med["fake"], lo["fake"], hi["fake"], cnt["fake"], med["bare-javalin"], lo["bare-javalin"], hi["bare-javalin"], cnt["bare-javalin"],
        med["wiremock"], lo["wiremock"], hi["wiremock"], cnt["wiremock"], med["fake"] / med["bare-javalin"]
      if (cnt["fake-cds"] > 0) printf "| the same, each with a class-data archive (median, min-max, runs) | **%.0f** (%d-%d, %d) | %.0f (%d-%d, %d) | | **%.2fx** |\n",
        med["fake-cds"], lo["fake-cds"], hi["fake-cds"], cnt["fake-cds"], med["bare-javalin-cds"], lo["bare-javalin-cds"], hi["bare-javalin-cds"],
        cnt["bare-javalin-cds"], med["fake-cds"] / med["bare-javalin-cds"] }' "$DIR/startup-fresh.txt"
  awk '/^# Benchmark: .*EmbeddedStartupBenchmark/ { split($3, a, "."); b = a[length(a)] } /p\(50.0000\)/ { p50[b] = $3 } /p\(90.0000\)/ { p90[b] = $3 }
    END { printf "| embedded start to first answer, warm JVM (p50, p90) | **%.1f** (%.1f) | | %.1f (%.1f) | |\n", p50["fake"], p90["fake"], p50["wireMock"], p90["wireMock"] }' \
    "$DIR/startup-embedded.txt"
fi

if [[ -f $DIR/soak.tsv ]]; then
  echo
  echo "## Soak: the fake under mixed load (list, get, since, mark read in turn; 16 connections)"
  echo
  echo "| window (s) | lowest heap after a collection (MiB) |"
  echo "|---|---|"
  awk -F'\t' 'NR > 1 { printf "| %s | %s |\n", $1, $2 }' "$DIR/soak.tsv"
  echo
  grep -E 'requests in|Requests/sec|Non-2xx|Socket errors|^ +(50|99)%|live heap|full collections|journal entries' "$DIR/soak-wrk.txt" | sed 's/^ */    /'
  echo "    RSS every 30 s (MiB): $(awk -F'\t' 'NR > 1 { printf "%s ", $2 }' "$DIR/soak-rss.tsv")"
fi

if [[ -f $DIR/footprint.txt ]]; then
  echo
  echo "## Runtime dependency footprint (what an application ships to use the client)"
  echo
  sed 's/^/    /' "$DIR/footprint.txt"
fi

for scenario in list get; do
  if [[ -f $DIR/profile-fake-$scenario-inclusive.txt ]]; then
    echo
    echo "## Profile of the fake serving $scenario (JFR samples; inclusive, then self)"
    echo
    head -18 "$DIR/profile-fake-$scenario-inclusive.txt" | sed 's/^/    /'
    echo
    head -8 "$DIR/profile-fake-$scenario-self.txt" | sed 's/^/    /'
  fi
done

if [[ -f $DIR/realtime.tsv ]]; then
  echo
  echo "## Realtime channel: the fake beside a bare Javalin websocket sending the same frames"
  echo
  echo "| row | sockets | Parley fake | bare Javalin | fake / bare |"
  echo "|---|---|---|---|---|"
  awk -F'\t' '$1 == "fanout" { v[$1 "\t" $3 "\t" $2] = sprintf("p50 %s ms, p99 %s ms", $5, $6); p50[$1 "\t" $3 "\t" $2] = $5; key[$1 "\t" $3] = 1 }
    $1 == "sustained" { n[$2]++; fps[$2] += $7 }
    $1 == "idle-heap" { heap[$2] = $8 }
    END {
      split("1 100 1000", counts, " ")
      for (i = 1; i <= 3; i++) { k = "fanout\t" counts[i]
        if (k in key) printf "| fan-out, send to receipt | %s | %s | %s | p50 %.2fx |\n", counts[i], v[k "\tfake"], v[k "\tbare-javalin"], p50[k "\tfake"] / p50[k "\tbare-javalin"] }
      if (n["fake"] > 0) printf "| sustained through one socket | 1 | %.0f frames/s | %.0f frames/s | %.0f%% |\n", fps["fake"] / n["fake"], fps["bare-javalin"] / n["bare-javalin"], 100 * (fps["fake"] / n["fake"]) / (fps["bare-javalin"] / n["bare-javalin"])
      if ("fake" in heap) printf "| live heap per idle socket | 1,000 | %.1f KiB | %.1f KiB | %.2fx |\n", heap["fake"] / 1024, heap["bare-javalin"] / 1024, heap["fake"] / heap["bare-javalin"]
    }' "$DIR/realtime.tsv"
  grep '^#' "$DIR/realtime.tsv" | sed 's/^# /    /' || true
fi
