#!/usr/bin/env bash
# Adds to the tree of jpackage's .deb (extracted with dpkg-deb -R) what jpackage 17 cannot put in a package, as
# files dpkg owns (dpkg -S finds them, purge removes them; no maintainer script writes outside /opt):
#   /usr/bin/recap                    → /opt/recap-studio/bin/recap, the CLI and app launcher on PATH
#   /usr/share/applications/recap-studio.desktop and hicolor icons (16…256 px), the project's own
#   /opt/recap-studio/lib/app/recap.jsa, the CDS archive, trained at the path the package installs to
# and sets every file's time to SOURCE_DATE_EPOCH (reproducible, and the times the CDS archive records).
#
# Usage: packaging/lib/finish-deb.sh ROOT PACKAGE LAUNCHER CDS(0|1)   (called by packaging/build.sh)
set -euo pipefail
root=$(realpath "$1")
package=$2
launcher=$3
cds=$4
here=$(cd "$(dirname "$0")/.." && pwd)
: "${SOURCE_DATE_EPOCH:?build.sh sets it}"
app="$root/opt/$package"
cfg="$app/lib/app/$launcher.cfg"
[ -x "$app/bin/$launcher" ] && [ -f "$cfg" ] || { echo "finish-deb: no $app/bin/$launcher" >&2; exit 1; }

mkdir -p "$root/usr/bin" "$root/usr/share/applications"
ln -sfn "/opt/$package/bin/$launcher" "$root/usr/bin/$launcher"
install -m 644 "$here/linux/recap-studio.desktop" "$root/usr/share/applications/$package.desktop"
for size in 16 32 48 128 256; do
    icon="$here/icons/recap-studio-$size.png"
    [ "$size" = 256 ] && icon="$here/icons/recap-studio.png"
    install -D -m 644 "$icon" "$root/usr/share/icons/hicolor/${size}x$size/apps/$package.png"
done

# CDS checks each jar's path, size and modification time: fix the times first, then train at /opt/<package>.
sed -i '/SharedArchiveFile\|-Xlog:cds/d' "$cfg"
rm -f "$app/lib/app/$launcher.jsa"
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
if [ "$cds" = 1 ]; then
    # A private mount namespace shows this tree at /opt/<package> to the training run only (a tmpfs over /opt
    # there, so nothing is created on the build machine); without root it needs unprivileged user namespaces.
    ns=(unshare --mount)
    [ "$(id -u)" = 0 ] || ns=(unshare --mount --map-root-user)
    # shellcheck disable=SC2016
    if "${ns[@]}" sh -c 'mount -t tmpfs tmpfs /opt && mkdir "/opt/$2" && mount --bind "$1" "/opt/$2" \
            && exec "$3/cds-train.sh" "/opt/$2/lib/app/$4.jsa" "/opt/$2/bin/$4"' \
            sh "$app" "$package" "$here" "$launcher"; then
        printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/recap.jsa' \
            'java-options=-Xlog:cds=off,cds+dynamic=off' >>"$cfg"
        touch -d "@$SOURCE_DATE_EPOCH" "$app/lib/app/$launcher.jsa" "$cfg"
    else
        echo "finish-deb: no CDS archive in the package (the training run at /opt/$package failed)" >&2
        rm -f "$app/lib/app/$launcher.jsa"
    fi
fi

# jpackage joins its found dependencies and --linux-package-deps as "a , b": one list, each package once.
depends=$(sed -n 's/^Depends: *//p' "$root/DEBIAN/control" | tr ',' '\n' | sed 's/^ *//; s/ *$//' \
    | awk 'NF && !seen[$0]++' | paste -sd, - | sed 's/,/, /g')
sed -i "s/^Depends:.*/Depends: $depends/" "$root/DEBIAN/control"

# dpkg's metadata for the new file list.
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
    >"$root/DEBIAN/md5sums"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"
find "$root/DEBIAN" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
