#!/usr/bin/env bash
# `make bench`: Atlas against Hugo on a synthetic, atlas-shaped corpus (issue 8). Measurement only.
#
#   Benchmarks/run-bench.sh [--quick] [--pages N] [--big N] [--seed S] [--runs R] [--work DIR]
#
#   --quick     skip the large (100,000-entity) build
#   --pages N   entities of the main corpus (default 10000)
#   --big N     entities of the large corpus (default 100000)
#   --seed S    corpus seed (default 1)
#   --runs R    measured runs per tool after one warm-up (default 5)
#   --work DIR  where corpora and outputs go (default /dev/shm/atlas-bench, else /tmp/atlas-bench)
#   --skip-full skip the full-build comparison (with --quick: only the `atlas serve` rebuild)
#
# Environment: SWIFT (default swift), SWIFT_BUILD_FLAGS (e.g. `--scratch-path /tmp/b`),
# RUN_BUDGET_S (default 480: fewer measured runs when one Atlas build would not fit 6 times),
# BIG_TIMEOUT_S (default 900: the large build is stopped after this long).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SWIFT="${SWIFT:-swift}"
read -r -a SWIFT_FLAGS <<<"${SWIFT_BUILD_FLAGS:-}"
PAGES=10000 BIG=100000 SEED=1 RUNS=5 QUICK=0 WORK="" INCREMENTAL_ONLY=0
RUN_BUDGET_S="${RUN_BUDGET_S:-480}"
BIG_TIMEOUT_S="${BIG_TIMEOUT_S:-900}"

usage() { sed -n '4,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=1 ;;
        --skip-full) INCREMENTAL_ONLY=1 ;;
        --pages) PAGES="$2"; shift ;;
        --big) BIG="$2"; shift ;;
        --seed) SEED="$2"; shift ;;
        --runs) RUNS="$2"; shift ;;
        --work) WORK="$2"; shift ;;
        -h|--help) usage ;;
        *) echo "unknown argument: $1" >&2; usage ;;
    esac
    shift
done

if [ -z "$WORK" ]; then
    if [ -d /dev/shm ] && [ -w /dev/shm ]; then WORK=/dev/shm/atlas-bench; else WORK=/tmp/atlas-bench; fi
fi
mkdir -p "$WORK"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"

log() { printf '\n== %s\n' "$*"; }

# --- Tools ---------------------------------------------------------------------------------------
apt_updated=0
apt_install() {   # installs Debian packages when root (or passwordless sudo); returns 1 otherwise
    if [ "$(id -u)" != 0 ] && ! sudo -n true 2>/dev/null; then return 1; fi
    if [ $apt_updated = 0 ]; then $SUDO apt-get update -qq; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
if [ ! -x /usr/bin/time ]; then
    log "Installing GNU time"
    apt_install time || { echo "error: /usr/bin/time is missing (Debian package \`time\`)" >&2; exit 1; }
fi
HAVE_HUGO=1
if ! command -v hugo >/dev/null; then
    log "Installing Hugo (Debian package)"
    if ! { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; } ; then
        echo "hugo is not installed and apt is not available to this user; Atlas only."; HAVE_HUGO=0
    else
        [ $apt_updated = 1 ] || { $SUDO apt-get update -qq; apt_updated=1; }
        apt-cache policy hugo | sed -n '1,3p'
        apt_install hugo || { echo "could not install hugo; Atlas only."; HAVE_HUGO=0; }
    fi
fi

log "Building release binaries"
cd "$ROOT"
"$SWIFT" build -c release "${SWIFT_FLAGS[@]}" --product atlas
"$SWIFT" build -c release "${SWIFT_FLAGS[@]}" --product AtlasCorpusGenerator
BIN="$("$SWIFT" build -c release "${SWIFT_FLAGS[@]}" --show-bin-path)"
ATLAS="$BIN/atlas"
GENERATOR="$BIN/AtlasCorpusGenerator"
TEMPLATES="$ROOT/templates"

# --- Helpers -------------------------------------------------------------------------------------
generate() {   # generate N -> prints the corpus folder (regenerated when missing)
    local n="$1" dir="$WORK/corpus-$1-seed$SEED"
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        "$GENERATOR" --pages "$n" --seed "$SEED" --out "$dir" >&2
        touch "$dir/.complete"
    fi
    echo "$dir"
}

hugo_site() {   # hugo_site CORPUS -> prints a Hugo site folder with the layouts and a copy of the content
    local corpus="$1" site="$1-hugo"
    if [ ! -f "$site/.complete" ]; then
        rm -rf "$site"; mkdir -p "$site"
        cp -r "$ROOT/Benchmarks/hugo/." "$site/"
        cp -r "$corpus/content" "$site/content"
        touch "$site/.complete"
    fi
    echo "$site"
}

# timed NAME CMD...: runs CMD with an empty output folder, appends "wall user sys maxrss_kb" to $WORK/NAME.times
timed() {
    local name="$1"; shift
    rm -rf "$WORK/out-$name"
    sync
    if ! /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.tmp" "$@" >"$WORK/$name.log" 2>&1; then
        echo "error: $name failed; see $WORK/$name.log" >&2; tail -5 "$WORK/$name.log" >&2; exit 1
    fi
    cat "$WORK/time.tmp" >>"$WORK/$name.times"
}
atlas_build() { timed "$1" "$ATLAS" build --content "$2/content" --templates "$TEMPLATES" --output "$WORK/out-$1"; }
hugo_build() { timed "$1" hugo --quiet --source "$2" --destination "$WORK/out-$1" --cacheDir "$WORK/hugo-cache" --noBuildLock; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# stats NAME -> "wall_median cpu_median rss_max_kb html_files"
stats() {
    local f="$WORK/$1.times"
    local wall cpu rss html
    wall=$(awk '{ print $1 }' "$f" | median)
    cpu=$(awk '{ print $2 + $3 }' "$f" | median)
    rss=$(awk 'BEGIN { m = 0 } { if ($4 > m) m = $4 } END { print m }' "$f")
    html=$(find "$WORK/out-$1" -name '*.html' | wc -l)
    echo "$wall $cpu $rss $html"
}
row() {   # row LABEL wall cpu rss_kb html
    awk -v l="$1" -v w="$2" -v c="$3" -v r="$4" -v h="$5" 'BEGIN {
        printf "| %-14s | %8.2f s | %8.2f s | %5.2f | %8.0f MB | %7d | %8.0f |\n", l, w, c, c / w, r / 1024, h, h / w }'
}

# --- Full builds, alternating ----------------------------------------------------------------------
log "Corpus: $PAGES entities, seed $SEED, in $WORK ($(df -h "$WORK" | awk 'NR == 2 { print $1 }'))"
CORPUS="$(generate "$PAGES")"
du -sh "$CORPUS/content" | awk '{ print "Markdown: " $1 }'
[ $INCREMENTAL_ONLY = 1 ] || "$ATLAS" check --content "$CORPUS/content" --templates "$TEMPLATES" 2>/dev/null | tail -1
[ $HAVE_HUGO = 1 ] && HUGO_SITE="$(hugo_site "$CORPUS")"

if [ $INCREMENTAL_ONLY = 0 ]; then

rm -f "$WORK"/atlas-main.times "$WORK"/hugo-main.times "$WORK"/*.warm.times
log "Warm-up"
atlas_build atlas-main "$CORPUS"; mv "$WORK/atlas-main.times" "$WORK/atlas-main.warm.times"
WARM="$(awk '{ print int($1 + 1) }' "$WORK/atlas-main.warm.times")"
echo "Atlas: $(cat "$WORK/atlas-main.warm.times")"
if [ $HAVE_HUGO = 1 ]; then
    hugo_build hugo-main "$HUGO_SITE"; mv "$WORK/hugo-main.times" "$WORK/hugo-main.warm.times"
    echo "Hugo:  $(cat "$WORK/hugo-main.warm.times")"
fi
if [ $((WARM * RUNS)) -gt "$RUN_BUDGET_S" ]; then
    RUNS=$(( RUN_BUDGET_S / WARM )); [ "$RUNS" -ge 1 ] || RUNS=1
    echo "An Atlas build takes ${WARM} s: measuring $RUNS run(s) instead of 5 to stay within ${RUN_BUDGET_S} s."
fi
log "Measuring $RUNS alternating runs each"
for i in $(seq 1 "$RUNS"); do
    atlas_build atlas-main "$CORPUS"
    [ $HAVE_HUGO = 1 ] && hugo_build hugo-main "$HUGO_SITE"
    echo "run $i: Atlas $(tail -1 "$WORK/atlas-main.times")${HAVE_HUGO:+}$( [ $HAVE_HUGO = 1 ] && echo "; Hugo $(tail -1 "$WORK/hugo-main.times")")"
done

read -r AW AC AR AH <<<"$(stats atlas-main)"
echo
echo "Full build, $PAGES entities, median of $RUNS (wall, user+sys CPU, cores busy = CPU/wall, peak RSS, HTML files):"
echo
echo "| tool           |     wall   |   CPU      | cores |   peak RSS  |    HTML | pages/s  |"
echo "|----------------|------------|------------|-------|-------------|---------|----------|"
row "Atlas $($ATLAS --version 2>/dev/null | head -1 | cut -c1-8)" "$AW" "$AC" "$AR" "$AH"
if [ $HAVE_HUGO = 1 ]; then
    read -r HW HC HR HH <<<"$(stats hugo-main)"
    row "Hugo $(hugo version | awk '{ print $2 }' | cut -d+ -f1)" "$HW" "$HC" "$HR" "$HH"
    awk -v aw="$AW" -v ac="$AC" -v ar="$AR" -v hw="$HW" -v hc="$HC" -v hr="$HR" 'BEGIN {
        printf "| Atlas / Hugo   | %8.2f×  | %8.2f×  |       | %8.2f×   |         |          |\n", aw / hw, ac / hc, ar / hr }'
    echo
    echo "Targets: wall ≤ 0.5× (goal 0.25×), peak RSS ≤ 0.25×."
fi
fi   # INCREMENTAL_ONLY

# --- Incremental rebuild in `atlas serve` --------------------------------------------------------------
log "Incremental rebuild in atlas serve ($PAGES entities): edit one facility, read the next build line"
SERVE_LOG="$WORK/serve.log"
: >"$SERVE_LOG"   # exists before the server starts (the redirection below happens in the child)
"$ATLAS" serve --port 0 --content "$CORPUS/content" --templates "$TEMPLATES" >"$SERVE_LOG" 2>&1 &
SERVE_PID=$!
trap 'kill "$SERVE_PID" 2>/dev/null || true' EXIT
wait_for() {   # wait_for PATTERN COUNT TIMEOUT_S: until the log has COUNT lines matching PATTERN
    local deadline=$(( $(date +%s) + $3 ))
    local found
    while found="$(grep -c "$1" "$SERVE_LOG" 2>/dev/null)"; [ "${found:-0}" -lt "$2" ]; do
        kill -0 "$SERVE_PID" 2>/dev/null || { echo "atlas serve exited:" >&2; cat "$SERVE_LOG" >&2; return 1; }
        [ "$(date +%s)" -lt "$deadline" ] || { echo "timed out waiting for '$1'" >&2; return 1; }
        sleep 0.005
    done
}
if wait_for "^Built " 1 900; then
    grep -m1 "Serving the atlas" "$SERVE_LOG" || true
    echo "initial: $(grep -m1 '^Built ' "$SERVE_LOG")"
    mapfile -t FACILITIES < <(find "$CORPUS/content/facilities" -name '*.md' | sort | head -3)
    INNER=() OUTER=()
    n=1
    for f in "${FACILITIES[@]}" "${FACILITIES[@]}"; do
        start=$(date +%s%N)
        printf '\nEdited by the benchmark, round %d.\n' "$n" >>"$f"
        wait_for "^Built " $((n + 1)) 300 || break
        end=$(date +%s%N)
        line="$(grep '^Built ' "$SERVE_LOG" | sed -n "$((n + 1))p")"
        inner="$(sed -E 's/.* in ([0-9]+) ms.*/\1/' <<<"$line")"
        INNER+=("$inner"); OUTER+=("$(( (end - start) / 1000000 ))")
        echo "edit $n ($(basename "$f")): $line  [edit to log line: ${OUTER[-1]} ms]"
        n=$((n + 1))
    done
    echo "Incremental rebuild, median of ${#INNER[@]}: $(printf '%s\n' "${INNER[@]}" | median) ms inside the server," \
         "$(printf '%s\n' "${OUTER[@]}" | median) ms from the edit to the log line (target: under 100 ms)"
    # Undo the edits so the corpus stays as generated.
    for f in "${FACILITIES[@]}"; do sed -i '/^Edited by the benchmark, round [0-9]*\.$/d' "$f"; sed -i -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$f"; done
fi
kill "$SERVE_PID" 2>/dev/null || true; wait "$SERVE_PID" 2>/dev/null || true
trap - EXIT
rm -rf "$CORPUS/.complete"   # the edits changed files; regenerate next time

# --- Large build -----------------------------------------------------------------------------------
if [ $QUICK = 0 ]; then
    log "Large build: $BIG entities, one run (stopped after ${BIG_TIMEOUT_S} s)"
    BIGCORPUS="$(generate "$BIG")"
    du -sh "$BIGCORPUS/content" | awk '{ print "Markdown: " $1 }'
    rm -f "$WORK/atlas-big.times"
    rm -rf "$WORK/out-atlas-big"
    AW="${AW:-nan}"
    if /usr/bin/time -f '%e %U %S %M' -o "$WORK/atlas-big.times" timeout "$BIG_TIMEOUT_S" \
        "$ATLAS" build --content "$BIGCORPUS/content" --templates "$TEMPLATES" --output "$WORK/out-atlas-big" >"$WORK/atlas-big.log" 2>&1; then
        read -r BW BU BS BR <<<"$(tail -1 "$WORK/atlas-big.times")"
        awk -v w="$BW" -v u="$BU" -v s="$BS" -v r="$BR" -v aw="$AW" -v n="$BIG" 'BEGIN {
            printf "Atlas, %d entities: wall %.1f s (%.1f× the main-corpus median; target < 11×), CPU %.1f s, peak RSS %.0f MB (target < 2048 MB)\n",
                n, w, w / aw, u + s, r / 1024 }'
    else
        echo "Atlas did not finish the $BIG-entity build within ${BIG_TIMEOUT_S} s (or failed); see $WORK/atlas-big.log"
    fi
    if [ $HAVE_HUGO = 1 ] && [ "${BENCH_BIG_HUGO:-1}" = 1 ]; then
        BIGSITE="$(hugo_site "$BIGCORPUS")"
        rm -f "$WORK/hugo-big.times"
        # In a subshell: a failed or timed-out Hugo build is reported, not fatal.
        if ( timed hugo-big timeout "$BIG_TIMEOUT_S" hugo --quiet --source "$BIGSITE" --destination "$WORK/out-hugo-big" --cacheDir "$WORK/hugo-cache" --noBuildLock ); then
            read -r HBW HBU HBS HBR <<<"$(tail -1 "$WORK/hugo-big.times")"
            awk -v w="$HBW" -v u="$HBU" -v s="$HBS" -v r="$HBR" -v n="$BIG" 'BEGIN {
                printf "Hugo,  %d entities: wall %.1f s, CPU %.1f s, peak RSS %.0f MB\n", n, w, u + s, r / 1024 }'
        else
            echo "Hugo did not finish the $BIG-entity build within ${BIG_TIMEOUT_S} s (or failed); see $WORK/hugo-big.log"
        fi
    fi
fi
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ { print $2 }') GB RAM; output in $WORK"
