#!/usr/bin/env bash
# Installs the .deb into a scratch root with dpkg-deb -x and converts the sample PDF with it, run
# from a folder outside the repository and without a Swift toolchain on PATH or LD_LIBRARY_PATH.
# The conversion must equal Output/ (which the test suite checks against Samples/).
#   package-test.sh DEBDIR
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
deb=$(ls -t "$1"/qingdan_*.deb | head -n 1)
scratch=$(mktemp -d /tmp/qingdan-package-test.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "package-test: $*" >&2; exit 1; }

depends=$(dpkg-deb -f "$deb" Depends)
for needed in libpoppler-glib8 libxml2 libcairo2; do
    grep -q "\b$needed\b" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
grep -q swift <<<"$depends" && fail "Depends names a Swift package: $depends"
# Only what the binary links itself, not the libraries those pull in.
count=$(tr ',' '\n' <<<"$depends" | grep -c .)
[ "$count" -le 15 ] || fail "Depends lists $count packages, more than the binary links: $depends"

dpkg-deb -x "$deb" "$scratch/root"
qingdan="$scratch/root/usr/bin/qingdan"
[ -x "$qingdan" ] || fail "no usr/bin/qingdan in $deb"
if ldd "$qingdan" | grep -E 'not found|libswift|libFoundation|libdispatch'; then
    fail "the packaged binary needs the libraries above"
fi

mkdir "$scratch/work"
cp "$repo/Samples/kouquan-cooperative.pdf" "$scratch/work/"
cd "$scratch/work"
env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$qingdan" convert kouquan-cooperative.pdf -o out --format json,csv,md \
    || fail "the packaged qingdan failed to convert the sample"
for file in kouquan-cooperative.json kouquan-cooperative.csv kouquan-cooperative.clauses.csv kouquan-cooperative.md; do
    cmp -s "out/$file" "$repo/Output/$file" || fail "out/$file differs from Output/$file"
done
env -i PATH=/usr/bin:/bin "$qingdan" check missing.pdf 2>"$scratch/err" && fail "check of a missing file succeeded"
grep -q "无法读取文件" "$scratch/err" || fail "no Chinese message without a locale: $(cat "$scratch/err")"
env -i PATH=/usr/bin:/bin LANG=en_US.UTF-8 "$qingdan" check missing.pdf 2>"$scratch/err" && fail "check of a missing file succeeded"
grep -q "cannot read file" "$scratch/err" || fail "no English message under LANG=en_US.UTF-8: $(cat "$scratch/err")"
echo "package-test: $(basename "$deb") installs into a scratch root and converts the sample like Output/ (Depends: $depends)"
