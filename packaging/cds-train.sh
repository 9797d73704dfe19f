#!/usr/bin/env bash
# Class-data sharing training run: starts the desktop app on a copy of the sample recap under a private Xvfb,
# waits until the window shows the post and class loading has settled (editor, preview, checks), quits it with
# Ctrl+Q, and leaves the dynamic CDS archive the JVM writes at exit (-XX:ArchiveClassesAtExit).
#
# Usage: packaging/cds-train.sh ARCHIVE.jsa COMMAND [ARGS...]
#   COMMAND ARGS... is how the app is started; the script appends `open <copy of the sample>`. Examples:
#     packaging/cds-train.sh target/recap-studio.jsa java -jar target/recap-studio.jar
#     packaging/cds-train.sh target/dist/recap/lib/app/recap.jsa target/dist/recap/bin/recap
#   Then start the app with -XX:SharedArchiveFile=ARCHIVE.jsa (the packaged launcher has it in its java options).
#   A CDS archive is valid only for the same JVM and the same class path at the same absolute paths (JDK 17 checks
#   each jar's path, size and modification time): train where the app will run, and do not touch the jars after.
# The run uses a throw-away home folder (HOME, user.home, XDG folders): the user's settings and session stay as
# they are.
# Needs Xvfb and xdotool. Environment: CDS_TRAIN_TIMEOUT (seconds, default 180) for the whole start-up.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/xsession.sh
. "$here/lib/xsession.sh"
# shellcheck source=lib/private-home.sh
. "$here/lib/private-home.sh"

[ $# -ge 2 ] || { sed -n '2,15p' "$0" >&2; exit 2; }
archive=$(realpath -m "$1")
shift
sample="$here/../assets/sample-recap"
[ -f "$sample/index.md" ] || { echo "cds-train: no sample recap at $sample" >&2; exit 2; }
timeout=${CDS_TRAIN_TIMEOUT:-180}

work=$(mktemp -d)
app_pid=
cleanup() {
    if [ -n "$app_pid" ]; then kill -KILL "$app_pid" 2>/dev/null || true; fi
    xs_stop
    rm -rf "$work"
}
trap cleanup EXIT

cp -r "$sample" "$work/training-recap"
mkdir -p "$(dirname "$archive")"
rm -f "$archive"
xs_start

ph_start "$work/home" "-XX:ArchiveClassesAtExit=$archive -Xlog:class+load=info:file=$work/classes.log" \
    "$@" open "$work/training-recap" >"$work/app.log" 2>&1
app_pid=$PH_PID

if ! window=$(xs_wait_window 'training-recap.*Recap Studio' "$timeout" "$app_pid"); then
    echo "cds-train: the app exited or its window did not appear within ${timeout}s; its output:" >&2
    cat "$work/app.log" >&2
    exit 1
fi
# Start-up work (preview render, checks, panels) has settled when no class has been loaded for 3 s.
xs_wait_quiet "$work/classes.log" 3 "$timeout" || echo "cds-train: classes still loading after ${timeout}s" >&2
# The JVM writes the archive as it exits, which takes a minute or more on a loaded machine.
xs_quit "$window" "$app_pid" 300 || { echo "cds-train: the app did not exit" >&2; cat "$work/app.log" >&2; exit 1; }
app_pid=

if [ ! -s "$archive" ]; then
    echo "cds-train: no archive was written to $archive; the app's output:" >&2
    cat "$work/app.log" >&2
    exit 1
fi
echo "cds-train: $(grep -c . "$work/classes.log") classes loaded; archive $archive ($(du -h "$archive" | cut -f1))"
