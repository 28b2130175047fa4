#!/bin/sh
# Makes Clientele's start-up archive (AppCDS) again for this installation: the Debian package runs it
# after installing, and you can run it after moving the app image (an archive made for other paths is
# ignored, so Clientele then starts about as slowly as without one). Needs write access to this folder.
set -eu
app=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$(dirname "$app")")
launcher="$root/bin/Clientele"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$launcher" generate transactions --customers 1000 --out log.csv >/dev/null
# The launcher is told to map this archive: remove the old one so the training run starts without it.
rm -f "$app/clientele.jsa"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$work/clientele.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off" \
  "$launcher" segment log.csv --out segments --k-max 4 --bootstrap 2 --restarts 2 >/dev/null 2>&1
mv "$work/clientele.jsa" "$app/clientele.jsa"
echo "Start-up archive written: $app/clientele.jsa"
