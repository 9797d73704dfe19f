# shellcheck shell=bash
# A throw-away home for every run of the app by the packaging scripts (sourced by build.sh, cds-train.sh,
# measure-startup.sh and smoke-test.sh), so that none of them reads or writes the real user's settings, session,
# recovery journal, logs or caches, nor the toolkit's files (GTK, fontconfig, Mesa, the WebView's data folder).
# Java takes user.home from the password database, not from $HOME, so it is set as a system property too; the XDG
# folders are set to folders inside the throw-away home rather than left empty.

# ph_run HOME_DIR JAVA_OPTIONS COMMAND [ARGS...]: runs COMMAND with HOME, the XDG base folders and Java's user.home
# inside HOME_DIR (made when missing), and JAVA_OPTIONS (may be empty) added to the JVM's options through
# JAVA_TOOL_OPTIONS, which reaches the JVM whichever launcher starts it (java -jar or the jpackage launcher).
ph_run() {
    local home=$1 options=$2
    shift 2
    mkdir -p "$home/.config" "$home/.local/share" "$home/.local/state" "$home/.cache"
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_STATE_HOME="$home/.local/state" XDG_CACHE_HOME="$home/.cache" \
        JAVA_TOOL_OPTIONS="-Duser.home=$home${options:+ $options}" "$@"
}

# ph_start HOME_DIR JAVA_OPTIONS COMMAND [ARGS...]: ph_run in the background; PH_PID is the command's own process
# (not a subshell around it), so that waiting for it, Ctrl+Q's exit and a SIGTERM reach the app itself. Redirect
# the call's output as a command's: `ph_start … >log 2>&1`.
ph_start() {
    local home=$1 options=$2
    shift 2
    mkdir -p "$home/.config" "$home/.local/share" "$home/.local/state" "$home/.cache"
    (exec env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_STATE_HOME="$home/.local/state" XDG_CACHE_HOME="$home/.cache" \
        JAVA_TOOL_OPTIONS="-Duser.home=$home${options:+ $options}" "$@") &
    # shellcheck disable=SC2034  # read by the scripts that source this file
    PH_PID=$!
}
