#!/usr/bin/env bash
# Builds the libFuzzer target (Sources/BriefingFuzz) with AddressSanitizer and runs it on a seed corpus
# made of the example content and every fixture site. Usage: scripts/fuzz.sh [SECONDS] [extra libFuzzer flags]
# A crash, hang (10 s per input) or leak stops the run with a non-zero status and a reproducer file.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true

BRIEFING_FUZZ=1 swift build -c release --scratch-path .build-fuzz --product BriefingFuzz \
    -Xswiftc -sanitize=fuzzer,address >/dev/null

corpus="$(mktemp -d)"
artifacts=".build-fuzz/artifacts"
mkdir -p "$artifacts"
trap 'rm -rf "$corpus"' EXIT
n=0
while IFS= read -r -d '' file; do
    cp "$file" "$corpus/seed-$n"
    n=$((n + 1))
done < <(find Content Tests/Fixtures/sites -type f \( -name '*.md' -o -name '*.yml' \) -print0 | sort -z)

echo "Fuzzing for ${seconds} s from ${n} seed files"
.build-fuzz/release/BriefingFuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" "$corpus" 2>&1 | grep -E '^(#|Done|stat::number_of_executed_units|==|SUMMARY|INFO: seed)' | tail -6
