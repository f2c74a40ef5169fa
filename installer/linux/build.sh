#!/usr/bin/env bash
# Builds Liaison Desk for Linux: a trimmed Java runtime (jlink), the app-image (jpackage) with a
# class-data-sharing archive made at packaging time, and a .deb with a desktop entry and icon.
#
#   installer/linux/build.sh              app-image and .deb into target/installer/
#   installer/linux/build.sh --app-image  the app-image only (what CI checks)
#
# Needs JDK 17+ with its jmods (Debian: openjdk-17-jdk; on some systems also openjdk-17-jmods) and,
# for the .deb, dpkg-deb and fakeroot. JavaFX comes from the Maven build as jars in target/lib.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ONLY_IMAGE=false
[ "${1:-}" = "--app-image" ] && ONLY_IMAGE=true

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac || command -v java)")")")}
JLINK=$JAVA_HOME/bin/jlink
JPACKAGE=$JAVA_HOME/bin/jpackage
for tool in "$JLINK" "$JPACKAGE"; do
  [ -x "$tool" ] || { echo "installer: $tool not found; set JAVA_HOME to a JDK 17 or later" >&2; exit 1; }
done
[ -d "$JAVA_HOME/jmods" ] || { echo "installer: $JAVA_HOME/jmods is missing (Debian: apt-get install openjdk-17-jmods)" >&2; exit 1; }

# The version Maven builds, as jpackage wants it (digits and dots only).
VERSION=$(sed -n '0,/<version>/s:.*<version>\([^<]*\)</version>.*:\1:p' pom.xml | sed 's/-.*//')
NAME=LiaisonDesk
OUT=$ROOT/target/installer
[ -f target/liaison-desk.jar ] || ./mvnw -q -o package -DskipTests || ./mvnw -q package -DskipTests
rm -rf "$OUT"
mkdir -p "$OUT/input/lib"
cp target/liaison-desk.jar installer/linux/make-cds.sh "$OUT/input/"
# JavaFX's platform jars carry the native libraries; the empty "-{version}.jar" twins only name them.
for jar in target/lib/*.jar; do cp "$jar" "$OUT/input/lib/"; done

# The JDK modules the program uses (JavaFX, PDFBox and AWT font code need java.desktop; Chinese
# dates, collation and GBK/GB18030 CSV files need jdk.localedata and jdk.charsets).
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs
"$JLINK" --add-modules "$MODULES" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$OUT/runtime"

"$JPACKAGE" --type app-image --name "$NAME" --app-version "$VERSION" \
  --input "$OUT/input" --main-jar liaison-desk.jar --main-class org.liaisondesk.Main \
  --runtime-image "$OUT/runtime" --icon installer/icon/liaison-desk.png \
  --vendor "云南省妇联对外联络部 External Liaison Department, Yunnan Women's Federation" \
  --description "外联工作台 Liaison Desk: delegations, partners, agreements and reception sheets, offline" \
  --copyright "Liaison Desk contributors, MIT licence" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/liaison-desk.jsa -Xshare:auto' \
  --dest "$OUT"

# Class-data sharing: start the packaged program once to its first frame (on a throwaway data
# folder) and list the classes it loads; then map them into an archive, so every later start maps
# them instead of loading them. The archive is tied to the folder it was made for: the .deb makes
# its own after installing (installer/linux/postinst), from the same list.
IMAGE=$OUT/$NAME
APP=$IMAGE/lib/app
TMPDATA=$(mktemp -d)
LIST=$APP/liaison-desk.classlist
CP=$(sed -n 's/^app.classpath=//p' "$APP/$NAME.cfg" | sed "s:\$APPDIR:$APP:g" | paste -sd:)
# A script file, not a shell function: xvfb-run is a POSIX sh script and drops exported functions.
TRAIN=$OUT/train.sh
cat > "$TRAIN" <<TRAINING
#!/bin/sh
exec "$IMAGE/lib/runtime/bin/java" -Xshare:off -XX:DumpLoadedClassList="$LIST" -cp "$CP" \\
  org.liaisondesk.Main --data-dir "$TMPDATA" "\$@"
TRAINING
chmod +x "$TRAIN"
if [ -n "${DISPLAY:-}" ]; then
  "$TRAIN" --exit-after-first-frame >/dev/null 2>&1 || true
elif command -v xvfb-run >/dev/null; then
  xvfb-run -a "$TRAIN" --exit-after-first-frame >/dev/null 2>&1 || true
fi
# Without a display, the list holds what a command-line start loads; the program still starts.
if ! grep -q 'javafx/scene/Scene' "$LIST" 2>/dev/null; then
  echo "installer: no display to start the program on; the class-data archive covers the command line only" >&2
  "$TRAIN" --version >/dev/null
fi
rm -f "$TRAIN"
rm -rf "$TMPDATA"
sh "$APP/make-cds.sh" "$IMAGE"
echo "app-image: $IMAGE ($(du -sm "$IMAGE" | cut -f1) MB)"
$ONLY_IMAGE && exit 0

command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
  || { echo "installer: the .deb needs dpkg-deb and fakeroot (apt-get install dpkg-dev fakeroot)" >&2; exit 1; }
RES=$OUT/resources
mkdir -p "$RES"
cp installer/linux/liaison-desk.desktop "$RES/$NAME.desktop"
cp installer/linux/postinst installer/linux/prerm "$RES/"
# The archive is made for the folder the package installs to; the app-image's own one would not fit.
rm -f "$APP/liaison-desk.jsa"
"$JPACKAGE" --type deb --app-image "$IMAGE" --name "$NAME" --app-version "$VERSION" \
  --linux-package-name liaison-desk --linux-deb-maintainer "liaison-desk@localhost" \
  --linux-menu-group "Office" --linux-app-category office --linux-shortcut \
  --linux-package-deps "libgtk-3-0, libgl1, libxtst6, fonts-wqy-zenhei | fonts-wqy-microhei | fonts-droid-fallback" \
  --description "外联工作台 Liaison Desk: delegations, partners, agreements and reception sheets, offline" \
  --license-file LICENSE --resource-dir "$RES" --icon installer/icon/liaison-desk.png \
  --install-dir /opt \
  --dest "$OUT"
sh "$APP/make-cds.sh" "$IMAGE"
ls -l "$OUT"/*.deb
