#!/usr/bin/env bash
# Makes JavaFX jmods from the Maven JavaFX jars (Maven Central has no jmods; the javafx-*-<platform>.jar files hold
# each module's classes, module-info.class, resources and native libraries), so jlink can put JavaFX into the
# runtime image as real modules with its native libraries in lib/, as the openjfx SDK's jmods do.
#
# Usage: packaging/lib/javafx-jmods.sh LIB_DIR OUT_DIR
#   LIB_DIR holds javafx-<module>-<version>-<platform>.jar (target/lib after `mvn package`); one
#   OUT_DIR/javafx.<module>.jmod per jar. The jmods are made again only when a jar is newer.
set -euo pipefail
lib=$1
out=$2
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
found=0
for jar in "$lib"/javafx-*-*-*.jar; do
    [ -e "$jar" ] || continue
    name=$(basename "$jar" .jar)                     # javafx-web-21.0.11-linux
    module=$(echo "$name" | sed -E 's/^javafx-([a-z]+)-.*/javafx.\1/')
    version=$(echo "$name" | sed -E 's/^javafx-[a-z]+-([0-9][^-]*)-.*/\1/')
    classifier=$(echo "$name" | sed -E 's/^javafx-[a-z]+-[0-9][^-]*-//')
    case "$classifier" in
        linux) platform=linux-amd64 ;;
        linux-aarch64) platform=linux-aarch64 ;;
        mac) platform=macos-amd64 ;;
        mac-aarch64) platform=macos-aarch64 ;;
        win) platform=windows-amd64 ;;
        *) echo "javafx-jmods: unknown JavaFX platform '$classifier' in $jar" >&2; exit 1 ;;
    esac
    found=$((found + 1))
    jmod="$out/$module.jmod"
    if [ -f "$jmod" ] && [ "$jmod" -nt "$jar" ]; then continue; fi
    rm -rf "$work/classes" "$work/libs" && mkdir -p "$work/classes" "$work/libs"
    unzip -q "$jar" -d "$work/classes"
    [ -f "$work/classes/module-info.class" ] || { echo "javafx-jmods: $jar has no module-info.class" >&2; exit 1; }
    # Native libraries go to the jmod's lib section (jlink puts them in the runtime's lib/, loaded from there).
    find "$work/classes" -maxdepth 1 \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) -exec mv {} "$work/libs/" \;
    # The manifest is the jar's own; javafx-swt.jar is SWT interop (FXCanvas), not part of any module.
    rm -rf "$work/classes/META-INF" "$work/classes/javafx-swt.jar"
    libs=()
    if [ -n "$(ls -A "$work/libs")" ]; then libs=(--libs "$work/libs"); fi
    rm -f "$jmod"
    jmod create --class-path "$work/classes" "${libs[@]}" --module-version "$version" \
        --target-platform "$platform" "$jmod"
done
[ "$found" -gt 0 ] || { echo "javafx-jmods: no javafx-*-<platform>.jar in $lib (run mvn package)" >&2; exit 1; }
