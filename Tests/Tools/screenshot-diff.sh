#!/bin/sh
# Renders an HTML diff report (qingdan diff --format html) to PNG in headless Chromium, to check
# how it looks. Not used by the test suite.
#
#   Tests/Tools/screenshot-diff.sh changes.html changes.png [WIDTH HEIGHT]
#
# Needs chromium (Debian: apt-get install chromium) and a CJK font (fonts-wqy-microhei or
# fonts-noto-cjk), or Chinese text renders as boxes.
set -eu
if [ $# -lt 2 ]; then
    echo "usage: $0 REPORT.html OUT.png [WIDTH HEIGHT]" >&2
    exit 2
fi
report=$1
png=$2
width=${3:-1200}
height=${4:-1600}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "$0: chromium not found" >&2
    exit 3
fi
case $report in
    /*) url="file://$report" ;;
    *) url="file://$(pwd)/$report" ;;
esac
# --no-sandbox: the sandbox cannot start as root (containers, CI).
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size="$width,$height" --screenshot="$png" "$url" 2>/dev/null
test -s "$png"
echo "$png"
