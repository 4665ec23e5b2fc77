#!/usr/bin/env bash
# Builds the Debian package from a binary linked with the static Swift standard library:
#   package.sh BINARY VERSION OUTDIR
# Depends is worked out from what the binary links (readelf's NEEDED → dpkg -S), so a library added to the
# build (poppler, libxml2, cairo, libstdc++ …) becomes a dependency without editing a list.
# Refuses a binary that still needs a Swift runtime library (libswift*.so, libFoundation*.so).
set -euo pipefail
binary=$1 version=$2 out=$3
arch=$(dpkg --print-architecture)
root="$out/root"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/doc/qingdan"
install -m 755 "$binary" "$root/usr/bin/qingdan"
strip --strip-unneeded "$root/usr/bin/qingdan" 2>/dev/null || true
install -m 644 README.md "$root/usr/share/doc/qingdan/README.md"

libraries=$(ldd "$root/usr/bin/qingdan" | awk '/=>/ { print $3 }')
if ldd "$root/usr/bin/qingdan" | grep -E 'not found|libswift|libFoundation|libdispatch|libBlocksRuntime' >&2; then
    echo "package.sh: the binary still needs the libraries above; build with --static-swift-stdlib" >&2
    exit 1
fi
# Depends: the packages of the libraries the binary itself links (its NEEDED entries), not every
# library those pull in (ldd's closure listed 43 packages); ldd only says where each one is.
# (dpkg-shlibdeps gives the same packages, but reading the exported Swift symbols takes minutes.)
depends=""
for soname in $(readelf -d "$root/usr/bin/qingdan" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    library=$(ldd "$root/usr/bin/qingdan" | awk -v name="$soname" '{ base = $1; sub(".*/", "", base) } base == name { print ($2 == "=>" ? $3 : $1) }')
    [ -n "$library" ] || { echo "package.sh: ldd does not find $soname" >&2; exit 1; }
    # dpkg -S names the package owning the file (or the /usr/lib path behind a /lib symlink).
    package=$(dpkg -S "$library" 2>/dev/null || dpkg -S "$(readlink -f "$library")" 2>/dev/null || true)
    package=${package%%:*}
    [ -n "$package" ] || { echo "package.sh: no Debian package owns $library" >&2; exit 1; }
    depends="$depends$package"$'\n'
done
depends=$(printf '%s' "$depends" | sort -u | paste -sd, - | sed 's/,/, /g')

cat > "$root/DEBIAN/control" <<CONTROL
Package: qingdan
Version: $version
Architecture: $arch
Maintainer: Qingdan maintainers <qingdan@localhost>
Depends: $depends
Section: text
Priority: optional
Description: turn township duty lists (乡镇履行职责事项清单) into a canonical dataset
 Reads a list as PDF, exported text, HTML or DOCX and writes JSON, CSV, Markdown
 and XLSX; compares two editions of a list. The Swift runtime is linked in.
CONTROL
deb="$out/qingdan_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group "$root" "$deb" >/dev/null
echo "$deb"
echo "Depends: $depends"
