#!/bin/sh
# Times briefing's cold and incremental builds of one site, with the build cache on (the default) and off.
#
#   scripts/incremental-bench.sh SITE [BRIEFING] [RUNS]
#
# SITE is a briefing site folder (e.g. `make-corpus --articles 10000 --format briefing`'s DIR/briefing); it is
# copied, never edited. BRIEFING defaults to .build/release/briefing. Each figure is the best of RUNS (default 2)
# runs: wall seconds, CPU seconds (user + system) and peak RSS from GNU time. Outputs and the cache go to
# /dev/shm (tmpfs) when it exists. Scenarios: `--no-cache` into an empty folder; cold with an empty cache folder;
# nothing changed; one article's body edited; one alliance's name edited; an article deleted; an article added.
# After the edits the output is compared with a `--no-cache` build of the same sources (`diff -r`).
set -eu
SITE=$1
BRIEFING=${2:-.build/release/briefing}
RUNS=${3:-2}
BASE=${BENCH_TMP:-$( [ -d /dev/shm ] && echo /dev/shm || echo /tmp )}/briefing-incremental-$$
mkdir -p "$BASE"
trap 'rm -rf "$BASE"' EXIT
cp -r "$SITE" "$BASE/site"
OUT=$BASE/out
CACHE=$BASE/cache

measure() { # label, then the command; prints "label  wall s  cpu s  peak MiB" (best wall of RUNS; setup runs before each)
    label=$1; shift
    best=""
    i=0
    while [ $i -lt "$RUNS" ]; do
        eval "${SETUP:-true}"
        /usr/bin/time -f '%e %U %S %M' -o "$BASE/time" "$@" >"$BASE/log" 2>&1 || { cat "$BASE/log"; exit 1; }
        line=$(tail -1 "$BASE/time")
        wall=${line%% *}
        if [ -z "$best" ] || [ "$(echo "$wall < ${best%% *}" | bc)" = 1 ]; then best=$line; fi
        i=$((i + 1))
    done
    set -- $best
    printf '%-28s %7.2f s wall %7.2f s cpu %6d MiB   %s\n' "$label" "$1" "$(echo "$2 + $3" | bc)" $(( $4 / 1024 )) \
        "$(grep -o '[0-9]* pages rendered, [0-9]* unchanged' "$BASE/log" || true)"
}

ARTICLE=$(ls "$BASE/site/Content/articles" | head -1)
ALLIANCE=$(ls "$BASE/site/Content/alliances" | head -1)

SETUP="rm -rf $OUT $CACHE" measure "no-cache, empty output" "$BRIEFING" build --root "$BASE/site" --output "$OUT" --no-cache
SETUP="rm -rf $OUT $CACHE" measure "cold, empty cache" "$BRIEFING" build --root "$BASE/site" --output "$OUT" --cache-dir "$CACHE" --verbose
SETUP="" measure "nothing changed" "$BRIEFING" build --root "$BASE/site" --output "$OUT" --cache-dir "$CACHE" --verbose
SETUP="sed -i '0,/^The /s//The edited /' $BASE/site/Content/articles/$ARTICLE" measure "one article body edited" "$BRIEFING" build --root "$BASE/site" --output "$OUT" --cache-dir "$CACHE" --verbose
SETUP="sed -i '0,/^name: \"/s//name: \"Edited /' $BASE/site/Content/alliances/$ALLIANCE" measure "one alliance name edited" "$BRIEFING" build --root "$BASE/site" --output "$OUT" --cache-dir "$CACHE" --verbose
# Delete an article no other article links to, so the site stays valid.
grep -oh 'article:[a-z0-9-]*' "$BASE"/site/Content/articles/*.md | sort -u | sed 's/^article://' > "$BASE/linked"
UNLINKED=$(ls "$BASE/site/Content/articles" | sed 's/\.md$//' | sort | comm -23 - "$BASE/linked" | head -1).md
mv "$BASE/site/Content/articles/$UNLINKED" "$BASE/removed.md"
SETUP="" RUNS=1 measure "one article deleted" "$BRIEFING" build --root "$BASE/site" --output "$OUT" --cache-dir "$CACHE" --verbose
cp "$BASE/removed.md" "$BASE/site/Content/articles/added-again.md"
sed -i '0,/^title: "/s//title: "Added /' "$BASE/site/Content/articles/added-again.md"
SETUP="" RUNS=1 measure "one article added" "$BRIEFING" build --root "$BASE/site" --output "$OUT" --cache-dir "$CACHE" --verbose
"$BRIEFING" build --root "$BASE/site" --output "$BASE/full" --no-cache >/dev/null 2>&1
if diff -r "$OUT" "$BASE/full" >/dev/null; then echo "incremental output == --no-cache output"; else echo "OUTPUTS DIFFER"; exit 1; fi
