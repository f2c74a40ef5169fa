#!/bin/sh
# Maps the classes listed at packaging time into a class-data-sharing archive for the program in
# the folder given (the app-image, or /opt/liaison-desk once the .deb is installed). Safe to run
# again; a failure leaves the program starting as before, only slower.
set -e
IMAGE=${1:-/opt/liaison-desk}
APP=$IMAGE/lib/app
CFG=$(ls "$APP"/*.cfg | head -1)
CP=$(sed -n 's/^app.classpath=//p' "$CFG" | sed "s:\$APPDIR:$APP:g" | paste -sd: -)
rm -f "$APP/liaison-desk.jsa"
"$IMAGE/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$APP/liaison-desk.classlist" \
  -XX:SharedArchiveFile="$APP/liaison-desk.jsa" -cp "$CP" >/dev/null 2>&1 \
  || { rm -f "$APP/liaison-desk.jsa"; echo "liaison-desk: no class-data archive made (start-up stays a little slower)" >&2; }
