#!/usr/bin/env bash
# Smoke test of what packaging/build.sh --deb made, without network or chroot (CI runs it; packaging/test-deb.sh is
# the full install test in a clean Debian):
#   the .deb's name, version (= `recap --version`), maintainer, GTK dependency and files (/usr/bin/recap, desktop
#   entry, icons, CDS archive, JavaFX natives), dpkg --root installing it into a throw-away root; the runtime's
#   modules (JavaFX in, compiler and jshell out); the app image's CDS archive in use; then as a non-root user (as
#   root: the installed package, as the user nobody; else the app image, as this user) `recap --version`, `recap
#   check` of the sample, and under Xvfb: the first start (the sample copied into the user's data folder), the
#   window with a copy of the sample, the first Save, Ctrl+Q, and JavaFX as modules (no "Unsupported JavaFX
#   configuration"). Every run has a throw-away home: nothing of the user's own is read or written.
# Usage: packaging/smoke-test.sh   (needs Xvfb and xdotool; CI runs it as root)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/xsession.sh
. "$here/lib/xsession.sh"
# shellcheck source=lib/private-home.sh
. "$here/lib/private-home.sh"
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
# Every run of the app below has this throw-away home (ph_run): the user's own settings and caches are never read.
home="$work/home"

printed=$(ph_run "$home" "" "$app/bin/recap" --version)
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

# The install of the brief without network or chroot: dpkg into a throw-away root (no dependency resolution). As
# root, every run below as "the user" is the installed launcher, seen at /opt/recap-studio (where the package
# installs it and its CDS archive was trained) in a private mount namespace (a tmpfs over /opt there only, as
# finish-deb.sh trains it), run as the non-root user nobody with a throw-away home; as another user, the app image.
chmod 755 "$work"
user_home="$work/user-home"
mkdir -p "$user_home"
if [ "$(id -u)" = 0 ]; then
    mkdir -p "$work/root/var/lib/dpkg/info" "$work/root/var/lib/dpkg/updates"
    touch "$work/root/var/lib/dpkg/status"
    dpkg --root="$work/root" --force-depends --force-script-chrootless --log=/dev/null -i "$deb" >/dev/null 2>&1 \
        || fail "dpkg --root -i"
    dpkg --root="$work/root" -S /usr/bin/recap | grep -q '^recap-studio:' || fail "dpkg does not own /usr/bin/recap"
    [ "$(readlink "$work/root/usr/bin/recap")" = /opt/recap-studio/bin/recap ] || fail "/usr/bin/recap is no link"
    user=nobody
    uid=$(id -u "$user") gid=$(id -g "$user")
    # The launcher of the package, as the user (unshare and sh exec it: it keeps their process id).
    # shellcheck disable=SC2016
    user_cmd=(unshare --mount sh -c 'u=$0 g=$1 tree=$2 && shift 2 && mount -t tmpfs tmpfs /opt \
        && mkdir /opt/recap-studio && mount --bind "$tree" /opt/recap-studio \
        && exec setpriv --reuid="$u" --regid="$g" --clear-groups /opt/recap-studio/bin/recap "$@"' \
        "$uid" "$gid" "$work/root/opt/recap-studio")
    layout="the package installed by dpkg --root, at /opt/recap-studio, as the user $user"
else
    user=$(id -un)
    user_cmd=("$app/bin/recap")
    layout="the app image as the user $user (run as root for the installed package)"
fi
# user_run JAVA_OPTIONS ARGS...: `recap ARGS` as the user, with the user's throw-away home; user_start: the same in
# the background (its process id in PH_PID).
user_run() { local options=$1; shift; ph_run "$user_home" "$options" "${user_cmd[@]}" "$@"; }
user_start() { local options=$1; shift; ph_start "$user_home" "$options" "${user_cmd[@]}" "$@"; }
# as_user_files PATH...: the files become the user's (they are the user's own posts).
as_user_files() { if [ "$(id -u)" = 0 ]; then chown -R "$uid:$gid" "$@"; fi; }
mkdir -p "$user_home/.config" "$user_home/.local/share" "$user_home/.local/state" "$user_home/.cache"
as_user_files "$user_home"

installed=$(user_run "" --version) || fail "recap --version as the user"
[ "$installed" = "$printed" ] || fail "recap --version as the user says '$installed'"
pass "$layout: recap --version says $installed"

cp -r assets/sample-recap "$work/check-recap"
as_user_files "$work/check-recap"
set +e
user_run "" check "$work/check-recap" >"$work/check.out" 2>"$work/check.err"
status=$?
set -e
[ "$status" = 0 ] || { cat "$work/check.out" "$work/check.err" >&2; fail "recap check of the sample exited $status"; }
! grep -qvE '^.+/index\.md:[0-9]+:[0-9]+: (error|warning|info): .+ \[[a-z0-9-]+\]$' "$work/check.out" \
    || { cat "$work/check.out" >&2; fail "recap check printed a line not in cli.md's form"; }
pass "recap check of the sample as the user: exit 0, $(grep -c . "$work/check.out" || true) line(s) in cli.md's form"

if [ "$(id -u)" = 0 ]; then
    user_run "-Xlog:class+load=info:file=$user_home/classes.log" --version >/dev/null 2>&1
    shared=$(grep -c 'shared objects file (top)' "$user_home/classes.log" || true)
    [ "$shared" -gt 0 ] || fail "the package's CDS archive is not used at /opt/recap-studio"
    pass "the package's CDS archive is used at /opt/recap-studio ($shared classes of recap --version)"
fi

ph_run "$home" "-Xlog:class+load=info:file=$work/classes.log" "$app/bin/recap" --version >/dev/null 2>&1
shared=$(grep -c 'shared objects file (top)' "$work/classes.log" || true)
[ "$shared" -gt 0 ] || fail "the app image's CDS archive is not used"
pass "the app image's CDS archive is used ($shared classes of recap --version)"

xs_start
# The first start without arguments: the app copies its (read-only, when installed) sample into the user's data
# folder and shows it.
user_start "" >"$work/first-start.log" 2>&1
app_pid=$PH_PID
window=$(xs_wait_window 'sample-recap.*Recap Studio' 180 "$app_pid") \
    || { cat "$work/first-start.log" >&2; fail "the first start showed no sample"; }
xs_quit "$window" "$app_pid" || fail "the app did not quit"
app_pid=
[ -f "$user_home/.local/share/recap-studio/sample-recap/index.md" ] \
    || fail "the first start made no copy of the sample in the user's data folder"
pass "the first start as the user shows the sample, copied to ~/.local/share/recap-studio/sample-recap"

cp -r assets/sample-recap "$work/first-save"
as_user_files "$work/first-save"
start=$(xs_now_ms)
user_start "" open "$work/first-save" >"$work/app.log" 2>&1
app_pid=$PH_PID
window=$(xs_wait_window 'first-save.*Recap Studio' 180 "$app_pid") \
    || { cat "$work/app.log" >&2; fail "the app window did not appear"; }
shown=$(( $(xs_now_ms) - start ))
xs_first_save "$window" "$work/first-save/index.md" || { cat "$work/app.log" >&2; fail "the first Save"; }
xs_quit "$window" "$app_pid" || fail "the app did not quit"
app_pid=
# The save replaced the file with a new one (atomic move), so its owner is whoever the app ran as.
[ "$(id -u)" != 0 ] || [ "$(stat -c %u "$work/first-save/index.md")" = "$uid" ] \
    || fail "the saved file belongs to uid $(stat -c %u "$work/first-save/index.md"), not to the user $user"
if grep -q 'Unsupported JavaFX configuration' "$work/app.log" "$work/first-start.log"; then
    cat "$work/app.log" "$work/first-start.log" >&2
    fail "JavaFX was loaded from the class path"
fi
pass "under Xvfb as the user: the post's window after $shown ms, the first Save, Ctrl+Q; JavaFX as modules"
cat target/dist/sizes.txt 2>/dev/null || true
echo "smoke-test: PASS"
