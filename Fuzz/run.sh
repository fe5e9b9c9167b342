#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/Targets against the project's modules and runs each for a
# bounded time. Any crash, sanitizer report, leak, timeout (> 10 s per input) or out-of-memory
# (> 2 GiB) fails the run; the input is saved under .build/fuzz/crashes/ for Fuzz/Regressions/.
#
#   Fuzz/run.sh                      # every target, 60 s each
#   FUZZ_SECONDS=600 Fuzz/run.sh markdown
#
# How it links: SwiftPM builds the library modules once with `-sanitize=fuzzer,address` into
# .build/fuzz; each target is then one `swiftc -sanitize=fuzzer,address` over its file, the
# checks in Fuzz/Shared/ (which the unit tests compile too) and those objects.
# cmark-gfm is Debian's shared library: it is not instrumented, so coverage guidance stops at its
# API, but ASan still sees every allocation it makes.
set -euo pipefail
cd "$(dirname "$0")/.."
# Swift's own crash handler would trip ASan; libFuzzer prints the stack itself.
export SWIFT_BACKTRACE=enable=no
export PATH="/opt/swift/usr/bin:$PATH"
SECONDS_PER_TARGET="${FUZZ_SECONDS:-60}"
TARGETS=("${@:-frontmatter markdown pipeline}")
read -r -a TARGETS <<< "${TARGETS[*]}"
SCRATCH=.build/fuzz

# Only targets are built (no product is linked), so `-sanitize=fuzzer` adds libFuzzer's coverage
# instrumentation to every module without a second `main`.
FLAGS=(--scratch-path "$SCRATCH" -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address)
mkdir -p "$SCRATCH"
swift build "${FLAGS[@]}" --target AtlasFiles >"$SCRATCH/build.log" 2>&1 || { tail -40 "$SCRATCH/build.log"; exit 1; }
BIN=$(swift build "${FLAGS[@]}" --show-bin-path)

MODULES=(AtlasContent AtlasMarkdown AtlasSite AtlasCharts AtlasSimulation AtlasFiles Yams CYaml Mustache)
OBJECTS=()
for module in "${MODULES[@]}"; do
  while IFS= read -r object; do OBJECTS+=("$object"); done < <(find "$BIN/$module.build" -name '*.o' | sort)
done
CYAML_MAP=$(find "$BIN/CYaml.build" "$SCRATCH/checkouts/Yams" -name module.modulemap 2>/dev/null | head -1)

declare -A SOURCE=([frontmatter]=FrontMatterFuzz [markdown]=MarkdownFuzz [pipeline]=SiteFuzz)
status=0
for target in "${TARGETS[@]}"; do
  binary="$SCRATCH/fuzz-$target"
  swiftc -swift-version 6 -parse-as-library -sanitize=fuzzer,address -g \
    -I "$BIN/Modules" -I Sources/CCmarkGFM -Xcc -fmodule-map-file="$CYAML_MAP" \
    "Fuzz/Targets/${SOURCE[$target]}.swift" Fuzz/Shared/*.swift "${OBJECTS[@]}" \
    -lcmark-gfm -lcmark-gfm-extensions -o "$binary" >"$SCRATCH/link-$target.log" 2>&1 \
    || { grep -v "Cannot export local symbol" "$SCRATCH/link-$target.log" | tail -20; exit 1; }
  mkdir -p "$SCRATCH/corpus/$target" "$SCRATCH/crashes"
  # Known reproducers first: each must run clean.
  if compgen -G "Fuzz/Regressions/$target/*" >/dev/null; then
    echo "fuzz: $target: replaying Fuzz/Regressions/$target/"
    ASAN_OPTIONS=detect_leaks=1 "$binary" -timeout=10 -rss_limit_mb=2048 Fuzz/Regressions/"$target"/* \
      || { echo "fuzz: $target FAILED: a reproducer in Fuzz/Regressions/$target/ fails again"; status=1; continue; }
  fi
  # New inputs go to the first folder (kept between runs); the checked-in seeds are read only.
  corpora=("$SCRATCH/corpus/$target")
  [ -d "Fuzz/Corpus/$target" ] && corpora+=("Fuzz/Corpus/$target")
  echo "fuzz: $target for ${SECONDS_PER_TARGET}s"
  if ! ASAN_OPTIONS=detect_leaks=1 "$binary" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$SCRATCH/crashes/$target-" "${corpora[@]}"; then
    echo "fuzz: $target FAILED; reproducer in $SCRATCH/crashes/ (copy it to Fuzz/Regressions/$target/ once fixed)"
    status=1
  fi
done
exit $status
