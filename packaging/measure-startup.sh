#!/usr/bin/env bash
# Start-up time of the desktop app with and without class-data sharing, as a user sees it: from starting the
# process to a visible window showing the last post (its title "<post> — Recap Studio"), on a private Xvfb.
#
# Usage: packaging/measure-startup.sh [--runs N] COMMAND [ARGS...]
#   e.g. packaging/measure-startup.sh target/dist/recap/bin/recap
#        packaging/measure-startup.sh java -XX:SharedArchiveFile=target/recap-studio.jsa -jar target/recap-studio.jar
# A first run opens a copy of the sample recap (`COMMAND open COPY`) and quits, so the session remembers it; then
# N runs of each variant, alternating, start `COMMAND` with no arguments and the last post comes back:
#   cds    as the command is (the packaged launcher has -XX:SharedArchiveFile in its options)
#   no-cds the same with JAVA_TOOL_OPTIONS=-Xshare:off (no archive at all, not even the JDK's base archive)
# Prints every run and the median of each variant. Warm start: the files are in the OS cache after the first run.
# Figures on a loaded machine are provisional; run it on a quiet one for the README.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/xsession.sh
. "$here/lib/xsession.sh"
# shellcheck source=lib/private-home.sh
. "$here/lib/private-home.sh"

runs=5
if [ "${1:-}" = "--runs" ]; then runs=$2; shift 2; fi
[ $# -ge 1 ] || { sed -n '2,14p' "$0" >&2; exit 2; }

work=$(mktemp -d)
app_pid=
cleanup() {
    if [ -n "$app_pid" ]; then kill -KILL "$app_pid" 2>/dev/null || true; fi
    xs_stop
    rm -rf "$work"
}
trap cleanup EXIT
cp -r "$here/../assets/sample-recap" "$work/startup-recap"
xs_start

# cpu_ms PID: the user + system CPU time the process has used so far.
cpu_ms() {
    awk -v tick="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / tick) }' "/proc/$1/stat"
}

# one_run VARIANT [ARGS...]: prints the wall-clock and CPU milliseconds to the window.
one_run() {
    local variant=$1 options=-Xshare:auto start window elapsed cpu
    shift
    [ "$variant" = no-cds ] && options=-Xshare:off
    start=$(xs_now_ms)
    # One throw-away home for all runs: the session the first run leaves is what the others open.
    ph_start "$work/home" "$options" "$@" >>"$work/app.log" 2>&1
    app_pid=$PH_PID
    if ! window=$(xs_wait_window 'startup-recap.*Recap Studio' 120 "$app_pid"); then
        echo "measure-startup: no window showing the post ($variant); the app's output:" >&2
        cat "$work/app.log" >&2
        return 1
    fi
    elapsed=$(( $(xs_now_ms) - start ))
    cpu=$(cpu_ms "$app_pid")
    xs_quit "$window" "$app_pid"
    app_pid=
    echo "$elapsed $cpu"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

one_run cds "$@" open "$work/startup-recap" >/dev/null
for variant in cds no-cds; do : >"$work/$variant.wall"; : >"$work/$variant.cpu"; done
for i in $(seq 1 "$runs"); do
    for variant in no-cds cds; do
        one_run "$variant" "$@" >"$work/run.txt"
        read -r wall cpu <"$work/run.txt"
        echo "run $i $variant: ${wall} ms to the window (${cpu} ms CPU)"
        echo "$wall" >>"$work/$variant.wall"
        echo "$cpu" >>"$work/$variant.cpu"
    done
done
for variant in cds no-cds; do
    echo "median of $runs, $variant: $(median <"$work/$variant.wall") ms to the window," \
        "$(median <"$work/$variant.cpu") ms CPU"
done
echo "load average during the runs: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
