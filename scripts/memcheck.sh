#!/usr/bin/env bash
# Runs a full build of the example site under valgrind's memcheck and fails on any definite leak.
# valgrind 3.19 (Debian 12) cannot read the DWARF 5 that Swift emits by default, so this builds a
# separate release binary with DWARF 4 debug information in .build-vg/.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
swift build -c release --product briefing --scratch-path .build-vg \
    -Xswiftc -g -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4 >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=3 --suppressions=scripts/valgrind-swift.supp \
    .build-vg/release/briefing build --root . --output "$out/site" --no-cache 2>&1 | grep -E "Built|definitely lost|ERROR SUMMARY"
