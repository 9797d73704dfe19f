#!/usr/bin/env bash
# Builds Recap Studio's packages for Linux: a trimmed Java runtime with JavaFX as modules (jlink), the app image
# (jpackage) with a class-data sharing archive, and with --deb the Debian package recap-studio.
#
# Usage: packaging/build.sh [--deb] [--skip-maven] [--no-cds]
#   --deb         also build target/dist/recap-studio_<version>_amd64.deb
#   --skip-maven  use the jar and target/lib of an earlier `mvn package` (CI runs this after `mvn -B verify`)
#   --no-cds      no class-data sharing archives (a smaller image, a slower start)
# Environment: MVN_ARGS (e.g. -o for an offline build), JAVA_HOME (a JDK 17 with jmods; default: the javac on PATH).
# Needs: a JDK 17 with jlink, jpackage and jmods; Xvfb and xdotool for the CDS training run; fakeroot and dpkg-deb
# for --deb (Debian: apt-get install xvfb xdotool fakeroot dpkg-dev).
# Output: target/dist/recap (the app image: bin/recap is the launcher), target/dist/*.deb, target/dist/sizes.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# shellcheck source=lib/private-home.sh
. packaging/lib/private-home.sh

deb=0 maven=1 cds=1
for arg in "$@"; do
    case "$arg" in
        --deb) deb=1 ;;
        --skip-maven) maven=0 ;;
        --no-cds) cds=0 ;;
        -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done
die() { echo "build.sh: $*" >&2; exit 1; }
step() { echo "== $*"; }

# The package's identity; vendor, description, main class and java options are in packaging/jpackage-common.args,
# which every platform's jpackage run shares.
NAME=recap                      # launcher and app image name: `recap …` as in cli.md
PACKAGE=recap-studio            # Debian package, installed in /opt/recap-studio
MAINTAINER_EMAIL="maintainers@users.noreply.r-seed-2fe5dce4.example"
common_arg() { sed -n "s/^--$1 \"\(.*\)\"\$/\1/p" packaging/jpackage-common.args; }
VENDOR=$(common_arg vendor)
DESCRIPTION=$(common_arg description)
[ -n "$VENDOR" ] && [ -n "$DESCRIPTION" ] || die "no --vendor or --description in packaging/jpackage-common.args"
# Modules the app needs that jdeps cannot see: none today (Windows-1252, which the encoding offer reads, is in
# java.base; the UI is English, so jdk.localedata is left out). Add here what is only loaded by name.
EXTRA_MODULES=""

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
for tool in java jlink jpackage jmod jdeps; do
    [ -x "$JAVA_HOME/bin/$tool" ] || die "$JAVA_HOME/bin/$tool is missing: set JAVA_HOME to a JDK 17"
done
[ -f "$JAVA_HOME/jmods/java.base.jmod" ] || die "no jmods in $JAVA_HOME/jmods (Debian: openjdk-17-jdk-headless)"
export PATH="$JAVA_HOME/bin:$PATH"

# Every file in the packages gets the time of the pom's project.build.outputTimestamp (the jar's entries have it).
timestamp=$(sed -n 's:.*<project.build.outputTimestamp>\(.*\)</project.build.outputTimestamp>.*:\1:p' pom.xml)
SOURCE_DATE_EPOCH=$(date -d "$timestamp" +%s)
export SOURCE_DATE_EPOCH

out=target/packaging            # packaging/jpackage-common.args names its input/ and runtime/
dist=target/dist

if [ "$maven" = 1 ]; then
    step "mvn package (tests skipped: run mvn -B verify for them)"
    # shellcheck disable=SC2086
    mvn -B -q ${MVN_ARGS:-} package -Dmaven.test.skip=true
fi
[ -f target/recap-studio.jar ] && [ -d target/lib ] || die "no target/recap-studio.jar: run mvn -B package first"
# The package version is what the built jar says it is, so `recap --version` always equals it (asked with a
# throw-away home, as every run of the app here).
version_home=$(mktemp -d)
version=$(ph_run "$version_home" "" java -jar target/recap-studio.jar --version | sed -n 's/^Recap Studio //p')
rm -rf "$version_home"
[[ "$version" =~ ^[0-9][A-Za-z0-9.+~]*$ ]] || die "the jar's version '$version' is not a package version"
echo "version $version"

fx_jars=() app_libs=()
for jar in target/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*-*-*.jar) fx_jars+=("$jar") ;;
        javafx-*.jar) ;;        # the empty per-module jars that only select the platform jar
        *) app_libs+=("$jar") ;;
    esac
done
join() { local IFS=:; echo "$*"; }

step "JavaFX jmods from the Maven jars"
packaging/lib/javafx-jmods.sh target/lib "$out/jmods"

step "modules the app needs (jdeps)"
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
    --module-path "$(join "${fx_jars[@]}")" --class-path "$(join "${app_libs[@]}")" \
    target/recap-studio.jar "${app_libs[@]}" | tail -n 1)
modules="$modules${EXTRA_MODULES:+,$EXTRA_MODULES}"
echo "$modules"

step "jlink the runtime"
rm -rf "$out/runtime"
jlink --module-path "$JAVA_HOME/jmods:$out/jmods" --add-modules "$modules" \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out/runtime"
# The symbol tables of the native libraries are for debuggers only (libjvm.so: 24 → 20 MB).
if command -v strip >/dev/null; then
    find "$out/runtime" -name '*.so' -exec strip --strip-unneeded {} +
fi
if [ "$cds" = 1 ]; then
    # The base CDS archive of the JDK's default class list (lib/server/classes.jsa, used without any option);
    # the app's own archive is made on top of it below.
    "$out/runtime/bin/java" -Xshare:dump >"$out/cds-base.log" 2>&1 || { cat "$out/cds-base.log" >&2; exit 1; }
fi

step "app image (jpackage)"
rm -rf "${out:?}/input" "${dist:?}/${NAME:?}"
mkdir -p "$out/input/lib" "$dist"
cp target/recap-studio.jar "$out/input/"
cp "${app_libs[@]}" "$out/input/lib/"
# The sample recap (copied to the user's data folder on first start) and the marker of the app's assets folder;
# the README's screenshots stay out.
mkdir -p "$out/input/assets" && cp -r assets/sample-recap assets/.recap-studio-assets "$out/input/assets/"
jpackage @packaging/jpackage-common.args --type app-image --dest "$dist" --name "$NAME" --app-version "$version" \
    --icon packaging/icons/recap-studio.png

# cds_train APP_DIR: makes APP_DIR/lib/app/recap.jsa by a training run of APP_DIR/bin/recap where APP_DIR is, and
# names it in the launcher's options. Silent fallback: a moved image or a changed jar runs without it.
cds_train() {
    local app=$1 cfg="$1/lib/app/$NAME.cfg"
    sed -i '/SharedArchiveFile\|-Xlog:cds/d' "$cfg"
    rm -f "$app/lib/app/$NAME.jsa"
    packaging/cds-train.sh "$app/lib/app/$NAME.jsa" "$app/bin/$NAME"
    printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/recap.jsa' \
        'java-options=-Xlog:cds=off,cds+dynamic=off' >>"$cfg"
}
if [ "$cds" = 1 ]; then
    step "CDS training run of the app image"
    cds_train "$root/$dist/$NAME"
fi

if [ "$deb" = 1 ]; then
    command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
        || die "--deb needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg-dev)"
    step "Debian package (jpackage --type deb)"
    rm -rf "$out/deb" "$out/deb-root"
    # jpackage's dpkg-deb run only makes the control data and file list: no compression, the package is rebuilt.
    DPKG_DEB_COMPRESSOR_TYPE=none jpackage --type deb --dest "$out/deb" --app-image "$dist/$NAME" \
        --name "$NAME" --linux-package-name "$PACKAGE" --app-version "$version" \
        --vendor "$VENDOR" --linux-deb-maintainer "$MAINTAINER_EMAIL" --description "$DESCRIPTION" \
        --linux-app-category editors --linux-package-deps libgtk-3-0 --resource-dir packaging/linux/deb
    jp_deb=("$out"/deb/*.deb)      # named with jpackage's release suffix, which our control file leaves out
    dpkg-deb -R "${jp_deb[0]}" "$out/deb-root"
    packaging/lib/finish-deb.sh "$out/deb-root" "$PACKAGE" "$NAME" "$cds"
    rm -f "$dist"/"$PACKAGE"_*.deb
    dpkg-deb --root-owner-group -Zxz -b "$out/deb-root" "$dist/${PACKAGE}_${version}_amd64.deb" >/dev/null
fi

step "sizes"
{
    # mb PATH...: their size in MB (0 when there is none)
    mb() { du -cm "$@" 2>/dev/null | tail -n 1 | cut -f1; }
    image="$dist/$NAME"
    echo "app image $image: $(mb "$image") MB"
    echo "  runtime: $(mb "$image/lib/runtime") MB" \
        "(libjfxwebkit.so $(mb "$image/lib/runtime/lib/libjfxwebkit.so") MB," \
        "base CDS archive $(mb "$image/lib/runtime/lib/server/classes.jsa") MB)"
    echo "  app jars and sample: $(mb "$image"/lib/app/*.jar "$image/lib/app/lib" "$image/lib/app/assets") MB"
    echo "  app CDS archive: $(mb "$image/lib/app/$NAME.jsa") MB"
    echo "  modules: $modules"
    for f in "$dist"/*.deb; do
        [ -e "$f" ] || continue
        echo "$f: $(mb "$f") MB, installed $(( $(dpkg-deb -f "$f" Installed-Size) / 1024 )) MB"
    done
} | tee "$dist/sizes.txt"
