#!/usr/bin/env bash
# Checks that the jar is reproducible: builds the sources twice, in two fresh folders at different paths, and compares
# the jars' SHA-256 (the pom's project.build.outputTimestamp fixes entry times and order).
# Usage: packaging/check-reproducible.sh   (MVN_ARGS=-o for an offline build)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for build in first second; do
    mkdir -p "$work/$build"
    cp -r pom.xml src "$work/$build/"
    # shellcheck disable=SC2086
    (cd "$work/$build" && mvn -B -q ${MVN_ARGS:-} package -Dmaven.test.skip=true)
    sha256sum "$work/$build/target/recap-studio.jar" | cut -d' ' -f1 >"$work/$build.sha256"
    echo "$build build: $(cat "$work/$build.sha256")"
done
if cmp -s "$work/first.sha256" "$work/second.sha256"; then
    echo "reproducible: the two jars are identical"
else
    echo "NOT reproducible; entries that differ:" >&2
    diff <(unzip -lv "$work/first/target/recap-studio.jar") <(unzip -lv "$work/second/target/recap-studio.jar") >&2 \
        || true
    exit 1
fi
