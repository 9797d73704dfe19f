#!/usr/bin/env bash
# Smoke test of what packaging/build.sh --deb made, without network or chroot (CI runs it; packaging/test-deb.sh is
# the full install test in a clean Debian):
#   the .deb's name, version (= `recap --version`), maintainer, GTK dependency and files (/usr/bin/recap, desktop
#   entry, icons, CDS archive, JavaFX natives), dpkg --root installing it into a throw-away root; the runtime's
#   modules (JavaFX in, compiler and jshell out); the app image's `recap --version` and `recap check` of the sample,
#   its CDS archive in use, and under Xvfb: the window with a copy of the sample, the first Save, Ctrl+Q, and JavaFX
#   as modules (no "Unsupported JavaFX configuration").
# Usage: packaging/smoke-test.sh   (needs Xvfb and xdotool)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/xsession.sh
. "$here/lib/xsession.sh"
cd "$here/.."
fail() { echo "smoke-test: FAIL: $*" >&2; exit 1; }
pass() { echo "smoke-test: ok: $*"; }

app=target/dist/recap
deb=$(ls target/dist/recap-studio_*.deb 2>/dev/null | head -n 1)
[ -x "$app/bin/recap" ] && [ -f "$deb" ] || fail "run packaging/build.sh --deb first"
work=$(mktemp -d)
app_pid=
cleanup() {
    if [ -n "$app_pid" ]; then kill -KILL "$app_pid" 2>/dev/null || true; fi
    xs_stop
    rm -rf "$work"
}
trap cleanup EXIT

printed=$("$app/bin/recap" --version)
version=${printed#Recap Studio }
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = recap-studio ] || fail "the package is called $(field Package)"
[ "$(field Version)" = "$version" ] || fail "package version $(field Version), recap --version says $version"
[[ "$(field Maintainer)" =~ ^.+\ \<.+@.+\>$ ]] || fail "no maintainer: '$(field Maintainer)'"
field Depends | tr ',' '\n' | sed 's/ //g' | grep -qx 'libgtk-3-0' || fail "no libgtk-3-0 in Depends"
pass "recap-studio $version ($(basename "$deb")), maintainer $(field Maintainer), depends on libgtk-3-0"

dpkg-deb -c "$deb" >"$work/contents"
grep -q ' \./usr/bin/recap -> /opt/recap-studio/bin/recap$' "$work/contents" || fail "no /usr/bin/recap symlink"
for f in ./usr/share/applications/recap-studio.desktop ./opt/recap-studio/bin/recap \
        ./opt/recap-studio/lib/app/recap.jsa ./opt/recap-studio/lib/runtime/lib/libjfxwebkit.so \
        ./opt/recap-studio/lib/runtime/lib/server/classes.jsa; do
    grep -q " $f\$" "$work/contents" || fail "$f is not in the package"
done
for size in 16 32 48 128 256; do
    grep -q " ./usr/share/icons/hicolor/${size}x$size/apps/recap-studio.png\$" "$work/contents" \
        || fail "no ${size}px icon"
done
! grep -q 'lib/app/lib/javafx-' "$work/contents" || fail "JavaFX jars are on the class path"
pass "files: /usr/bin/recap → /opt/recap-studio/bin/recap, desktop entry, 5 icons, CDS archives, JavaFX natives"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate packaging/linux/recap-studio.desktop || fail "the desktop entry is not valid"
    pass "desktop-file-validate"
fi

modules=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$app/lib/runtime/release")
for m in javafx.web javafx.swing java.desktop; do
    [[ " $modules " == *" $m "* ]] || fail "$m is not in the runtime"
done
for m in jdk.compiler jdk.jshell jdk.jdeps; do [[ " $modules " != *" $m "* ]] || fail "$m is in the runtime"; done
pass "runtime modules: $modules"

# The fallback install of the brief: dpkg into a throw-away root (no dependency resolution, no chroot).
if [ "$(id -u)" = 0 ]; then
    mkdir -p "$work/root/var/lib/dpkg/info" "$work/root/var/lib/dpkg/updates"
    touch "$work/root/var/lib/dpkg/status"
    dpkg --root="$work/root" --force-depends --force-script-chrootless --log=/dev/null -i "$deb" >/dev/null 2>&1 \
        || fail "dpkg --root -i"
    dpkg --root="$work/root" -S /usr/bin/recap | grep -q '^recap-studio:' || fail "dpkg does not own /usr/bin/recap"
    installed=$("$work/root/opt/recap-studio/bin/recap" --version)
    [ "$installed" = "$printed" ] || fail "the installed launcher says '$installed'"
    pass "dpkg --root -i: the package's files are dpkg's, its launcher says $installed"
    rm -rf "$work/root"
fi

cp -r assets/sample-recap "$work/check-recap"
set +e
"$app/bin/recap" check "$work/check-recap" >"$work/check.out" 2>&1
status=$?
set -e
[ "$status" = 0 ] || { cat "$work/check.out" >&2; fail "recap check of the sample exited $status"; }
! grep -qvE '^.+/index\.md:[0-9]+:[0-9]+: (error|warning|info): .+ \[[a-z0-9-]+\]$' "$work/check.out" \
    || { cat "$work/check.out" >&2; fail "recap check printed a line not in cli.md's form"; }
pass "recap check of the sample: exit 0"

JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log" "$app/bin/recap" --version >/dev/null 2>&1
shared=$(grep -c 'shared objects file (top)' "$work/classes.log" || true)
[ "$shared" -gt 0 ] || fail "the app image's CDS archive is not used"
pass "the app image's CDS archive is used ($shared classes of recap --version)"

cp -r assets/sample-recap "$work/first-save"
mkdir -p "$work/home"
xs_start
HOME="$work/home" XDG_CONFIG_HOME='' XDG_DATA_HOME='' XDG_STATE_HOME='' XDG_CACHE_HOME='' \
    JAVA_TOOL_OPTIONS="-Duser.home=$work/home" "$app/bin/recap" open "$work/first-save" >"$work/app.log" 2>&1 &
app_pid=$!
window=$(xs_wait_window 'first-save.*Recap Studio' 180 "$app_pid") \
    || { cat "$work/app.log" >&2; fail "the app window did not appear"; }
xs_first_save "$window" "$work/first-save/index.md" || { cat "$work/app.log" >&2; fail "the first Save"; }
xs_quit "$window" "$app_pid" || fail "the app did not quit"
app_pid=
! grep -q 'Unsupported JavaFX configuration' "$work/app.log" || fail "JavaFX was loaded from the class path"
pass "app image under Xvfb: the post's window, the first Save, Ctrl+Q; JavaFX as modules"
cat target/dist/sizes.txt 2>/dev/null || true
echo "smoke-test: PASS"
