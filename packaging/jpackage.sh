#!/usr/bin/env bash
# Builds a self-contained app image (and a .deb where dpkg-deb exists) with jpackage from the JDK.
# Usage: packaging/jpackage.sh   (after: mvn -B -q package -DskipTests)
# The launcher is named `recap`: `recap` opens the app, `recap check …` and the other sub-commands work as in cli.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/recap-studio.jar ] || { echo "run: mvn -B -q package -DskipTests" >&2; exit 2; }
version=$(sed -n 's/^version=//p' target/classes/io/recapstudio/version.properties | sed 's/-SNAPSHOT//')
rm -rf target/jpackage-input target/dist
mkdir -p target/jpackage-input/lib target/dist
cp target/recap-studio.jar target/jpackage-input/
cp target/lib/*.jar target/jpackage-input/lib/
cp -r assets target/jpackage-input/assets
type=app-image
if [ "${1:-}" = "--deb" ]; then type=deb; fi
jpackage --type "$type" --dest target/dist \
  --name recap --app-version "$version" \
  --input target/jpackage-input --main-jar recap-studio.jar --main-class io.recapstudio.Launcher \
  --icon packaging/icons/recap-studio.png \
  --java-options "-Drecap.assets=\$APPDIR/assets" \
  --description "Recap Studio: write Hugo recap posts with a live preview" \
  $( [ "$type" = deb ] && echo --linux-shortcut --linux-menu-group Office )
echo "built target/dist ($type)"
