#!/bin/sh
# Makes Clientele's start-up archive (AppCDS) again for this installation: the Debian package runs it
# after installing, and you can run it after moving the app image (an archive made for other paths is
# ignored, so Clientele then starts more slowly). Needs write access to this folder.
set -eu
app=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$(dirname "$app")")
launcher="$root/bin/Clientele"
cfg="$app/Clientele.cfg"
work=$(mktemp -d)
cp "$cfg" "$work/Clientele.cfg"
# Whatever happens, the launcher's settings come back.
trap 'cp "$work/Clientele.cfg" "$cfg"; rm -rf "$work"' EXIT
cd "$work"
"$launcher" generate transactions --rows 1000 --out log.csv >/dev/null
# The training run must start on the runtime's own archive, not the one being replaced.
grep -v 'SharedArchiveFile' "$work/Clientele.cfg" > "$cfg"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$work/clientele.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off" \
  "$launcher" segment log.csv --out segments --k-max 4 --bootstrap 2 --restarts 2 >/dev/null 2>&1
mv -f "$work/clientele.jsa" "$app/clientele.jsa"
echo "Start-up archive written: $app/clientele.jsa"
