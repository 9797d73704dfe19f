#!/usr/bin/env bash
# Install test of the .deb in a clean Debian bookworm chroot (debootstrap --variant=minbase), as a user would:
#   apt installs the package and its dependencies from the Debian mirror; /usr/bin/recap, the desktop entry and the
#   icons belong to the package; `recap --version` equals the package version; `recap check` of the sample works
#   (and its CDS archive is used in the installed layout); as a non-root user the app opens a copy of the sample
#   under Xvfb (no "Unsupported JavaFX configuration"), the first Save writes the typed line, Ctrl+Q quits;
#   `apt-get purge` leaves nothing behind.
#
# Usage: sudo packaging/test-deb.sh [DEB]      (default: target/dist/recap-studio_*.deb from packaging/build.sh --deb)
# Needs root (chroot, mounts in a private mount namespace: nothing stays mounted), debootstrap, Xvfb and xdotool on
# this machine, and the Debian mirror. The debootstrapped base system is cached as a tarball (TEST_DEB_CACHE,
# default ~/.cache/recap-studio-test-deb) and unpacked afresh for every run. TEST_DEB_MIRROR overrides the mirror
# (default http://deb.debian.org/debian, the one apt uses here); TEST_DEB_KEEP=1 keeps the chroot for a look.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/xsession.sh
. "$here/lib/xsession.sh"
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
pass() { echo "test-deb: ok: $*"; }

if [ "${1:-}" = --in-namespace ]; then
    # Second half, in a private mount namespace: the mounts below vanish with it, whatever happens.
    root=$2 deb=$3
    in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
    as_user() { chroot --userspec=tester:tester "$root" env -i PATH=/usr/bin:/bin HOME=/home/tester \
        DISPLAY="$DISPLAY" LANG=C.UTF-8 "$@"; }
    mount -t proc proc "$root/proc"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    mount -t tmpfs tmpfs "$root/dev/shm"
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    cp "$deb" "$root/tmp/recap-studio.deb"

    in_root apt-get update -qq
    in_root apt-get install -y -qq --no-install-recommends /tmp/recap-studio.deb >"$root/tmp/apt.log" 2>&1 \
        || { cat "$root/tmp/apt.log" >&2; fail "apt-get install of the package"; }
    version=$(in_root dpkg-query -W -f='${Version}' recap-studio)
    pass "installed recap-studio $version with its dependencies from the mirror"
    [ "$(readlink "$root/usr/bin/recap")" = /opt/recap-studio/bin/recap ] || fail "/usr/bin/recap is not the launcher"
    for f in /usr/bin/recap /usr/share/applications/recap-studio.desktop \
            /usr/share/icons/hicolor/48x48/apps/recap-studio.png \
            /usr/share/icons/hicolor/256x256/apps/recap-studio.png; do
        in_root dpkg -S "$f" | grep -q '^recap-studio:' || fail "$f does not belong to the package"
    done
    pass "/usr/bin/recap → /opt/recap-studio/bin/recap, desktop entry and icons belong to recap-studio"

    in_root useradd -m -s /bin/sh tester
    printed=$(as_user recap --version)
    [ "$printed" = "Recap Studio $version" ] || fail "recap --version printed '$printed', the package is $version"
    pass "recap --version as a user: $printed"

    as_user cp -r /opt/recap-studio/lib/app/assets/sample-recap /home/tester/check-recap
    set +e
    as_user recap check /home/tester/check-recap >"$root/tmp/check.out" 2>&1
    status=$?
    set -e
    [ "$status" = 0 ] || { cat "$root/tmp/check.out" >&2; fail "recap check of the sample exited $status"; }
    grep -qvE '^/home/tester/check-recap/index\.md:[0-9]+:[0-9]+: (error|warning|info): .+ \[[a-z0-9-]+\]$' \
        "$root/tmp/check.out" \
        && { cat "$root/tmp/check.out" >&2; fail "recap check printed a line not in cli.md's form"; }
    pass "recap check of the sample: exit 0, $(grep -c . "$root/tmp/check.out") diagnostic line(s) in cli.md's form"

    as_user env JAVA_TOOL_OPTIONS=-Xlog:class+load=info:file=/tmp/classes.log recap --version >/dev/null 2>&1
    shared=$(grep -c 'shared objects file (top)' "$root/tmp/classes.log" || true)
    [ "$shared" -gt 0 ] || fail "the app's CDS archive was not used in the installed layout"
    pass "the CDS archive trained at /opt/recap-studio is used ($shared classes of recap --version from it)"

    # First start without arguments: the app copies the installed (read-only) sample into the user's data folder
    # and shows it.
    as_user recap >"$root/tmp/first-start.log" 2>&1 &
    app=$!
    window=$(xs_wait_window 'sample-recap.*Recap Studio' 180 "$app") \
        || { cat "$root/tmp/first-start.log" >&2; fail "the first start showed no sample"; }
    xs_quit "$window" "$app" || fail "the app did not quit"
    [ -f "$root/home/tester/.local/share/recap-studio/sample-recap/index.md" ] \
        || fail "the first start made no copy of the sample in ~/.local/share/recap-studio"
    pass "the first start as a user shows the sample, copied to ~/.local/share/recap-studio/sample-recap"

    as_user cp -r /opt/recap-studio/lib/app/assets/sample-recap /home/tester/first-save
    start=$(xs_now_ms)
    as_user recap open /home/tester/first-save >"$root/tmp/app.log" 2>&1 &
    app=$!
    window=$(xs_wait_window 'first-save.*Recap Studio' 180 "$app") \
        || { cat "$root/tmp/app.log" >&2; fail "the app window did not appear"; }
    pass "the app shows the post as a user after $(( $(xs_now_ms) - start )) ms"
    xs_first_save "$window" "$root/home/tester/first-save/index.md" \
        || { cat "$root/tmp/app.log" >&2; fail "the first Save"; }
    pass "the first Save wrote the typed line and kept the text before it"
    xs_quit "$window" "$app" || fail "the app did not quit"
    if grep -q 'Unsupported JavaFX configuration' "$root/tmp/app.log" "$root/tmp/first-start.log"; then
        cat "$root/tmp/app.log" "$root/tmp/first-start.log" >&2
        fail "JavaFX was loaded from the class path"
    fi
    pass "Ctrl+Q quit the app; JavaFX ran as modules (no 'Unsupported JavaFX configuration')"

    in_root apt-get purge -y -qq recap-studio >/dev/null
    [ ! -e "$root/opt/recap-studio" ] && [ ! -L "$root/usr/bin/recap" ] \
        && [ ! -e "$root/usr/share/applications/recap-studio.desktop" ] || fail "purge left files behind"
    pass "apt-get purge removed /opt/recap-studio, /usr/bin/recap and the desktop entry"
    exit 0
fi

[ "$(id -u)" = 0 ] || fail "run as root (chroot and mounts): sudo $0"
command -v debootstrap >/dev/null || fail "debootstrap is missing (apt-get install debootstrap)"
deb=${1:-$(ls "$here"/../target/dist/recap-studio_*.deb 2>/dev/null | head -n 1)}
[ -f "$deb" ] || fail "no .deb: run packaging/build.sh --deb first, or give its path"
deb=$(realpath "$deb")
mirror=${TEST_DEB_MIRROR:-http://deb.debian.org/debian}
cache=${TEST_DEB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/recap-studio-test-deb}
base="$cache/bookworm-minbase.tar.gz"

work=$(mktemp -d -p "${TMPDIR:-/var/tmp}" recap-test-deb.XXXXXX)
cleanup() {
    xs_stop
    if [ "${TEST_DEB_KEEP:-0}" = 1 ]; then
        echo "test-deb: the chroot is kept in $work/root"
    elif [ -z "$(findmnt -rn -o TARGET | grep -F "$work" || true)" ]; then
        rm -rf "$work"
    else
        echo "test-deb: $work still has mounts; not removed" >&2
    fi
}
trap cleanup EXIT

mkdir -p "$work/root"
if [ -f "$base" ]; then
    echo "test-deb: a clean bookworm from $base"
else
    echo "test-deb: debootstrap bookworm from $mirror (once; cached in $base)"
    debootstrap --variant=minbase bookworm "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap"; }
    mkdir -p "$cache"
    tar -C "$work/root" -czf "$base.tmp" . && mv "$base.tmp" "$base"
    rm -rf "$work/root" && mkdir -p "$work/root"
fi
tar -C "$work/root" -xzf "$base"

xs_start
unshare --mount --propagation private -- "$0" --in-namespace "$work/root" "$deb"
echo "test-deb: PASS ($deb)"
