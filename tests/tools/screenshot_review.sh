#!/usr/bin/env bash
# Render the review pages and take a screenshot of each in headless Chromium
# (Debian's `chromium` package: apt-get install -y chromium), from disk, with
# no server and no network.
#
#   tests/tools/screenshot_review.sh [RAW] [OUT] [PNG_DIR]
#
# defaults: raw, extracted, build/screenshots. Writes PNG_DIR/index.png and
# PNG_DIR/<doc_id>.png (or only the pages named in $PAGES, e.g.
# PAGES="index 000_335e58ebaedd29ea"), then checks that every PNG is a real,
# non-trivial image and that every <script> element in a page's DOM is one of the
# project's own files (review.js, search-index.js), none inline.
set -euo pipefail

RAW=${1:-raw}
OUT=${2:-extracted}
PNG_DIR=${3:-build/screenshots}
PY=${PY:-.venv/bin/python}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$CHROMIUM" ]; then
    echo "screenshot_review: $CHROMIUM not found (apt-get install -y chromium)" >&2
    exit 2
fi

"$PY" -m pipeline review --raw "$RAW" --out "$OUT" --since "${SINCE:-HEAD}"
mkdir -p "$PNG_DIR"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

chromium() {
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-extensions --hide-scrollbars --user-data-dir="$profile" "$@" 2>/dev/null
}

if [ -n "${PAGES:-}" ]; then
    pages=$PAGES
else
    pages=$(cd "$OUT/review" && ls *.html | sed 's/\.html$//')
fi

status=0
for page in $pages; do
    html="$(cd "$OUT/review" && pwd)/$page.html"
    png="$PNG_DIR/$page.png"
    rm -f "$png"
    chromium --window-size=1200,1600 --screenshot="$png" "file://$html" >/dev/null
    size=$(stat -c %s "$png" 2>/dev/null || echo 0)
    if [ "$(head -c 8 "$png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ] || [ "$size" -lt 10000 ]; then
        echo "FAIL $page: no usable screenshot ($size bytes)" >&2
        status=1
        continue
    fi
    if chromium --dump-dom "file://$html" | grep -oi '<script[^>]*>' \
            | grep -qvE '^<script src="(review|search-index)\.js">$'; then
        echo "FAIL $page: a <script> element other than the project's own is in the rendered DOM" >&2
        status=1
        continue
    fi
    echo "ok   $page -> $png ($size bytes)"
done
exit $status
