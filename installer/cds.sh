#!/usr/bin/env bash
# Class data sharing for the installed app. The JVM maps the classes it needs at start from an archive
# instead of reading, parsing and verifying about 6,700 of them one by one.
#
#   cds.sh classlist IMAGE   trains on IMAGE: builds a small demo shop and opens its sell screen and its
#                            dashboard under Xvfb, recording every class loaded; writes the list into the
#                            image (lib/app/counterpart.classlist), which the installers ship.
#   cds.sh dump IMAGE        writes the archive the launcher's configuration names ($APPDIR/counterpart.jsa)
#                            from that list, with the launcher's own class path.
#
# The archive records the absolute path of every jar on the class path, so it only works where it was
# made: the build dumps one for the app-image in target/, and the .deb dumps its own after installing
# (postinst). Where none matches, the JVM starts without it, only slower.
set -euo pipefail

launcher() {
  local image=$1
  for name in counterpart Counterpart; do
    if [ -x "$image/bin/$name" ]; then echo "$image/bin/$name"; return; fi
  done
  echo "cds.sh: no launcher in $image/bin" >&2
  exit 1
}

classlist() {
  local image=$1 bin work list
  bin=$(launcher "$image")
  work=$(mktemp -d)
  list="$image/lib/app/counterpart.classlist"
  trap 'rm -rf "$work"' RETURN
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/demo.lst" "$bin" --data-dir "$work/shop" demo --days 14 >/dev/null 2>&1
  for screen in sell dashboard; do
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/$screen.lst" \
      xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --data-dir "$work/shop" --screen "$screen" --startup-probe \
      >"$work/$screen.out" 2>&1
    grep -q '^ready' "$work/$screen.out" || { echo "cds.sh: the $screen screen did not open:" >&2; cat "$work/$screen.out" >&2; exit 1; }
  done
  # The lists name each class once per run; their union, in first-seen order, covers all three.
  cat "$work/sell.lst" "$work/dashboard.lst" "$work/demo.lst" | awk '!seen[$0]++' >"$list"
  echo "cds.sh: $(grep -vc '^[#@]' "$list") classes listed in $list"
}

dump() {
  local image=$1 bin list
  bin=$(launcher "$image")
  list="$image/lib/app/counterpart.classlist"
  [ -f "$list" ] || { echo "cds.sh: no class list at $list" >&2; exit 1; }
  rm -f "$image/lib/app/counterpart.jsa"
  # JAVA_TOOL_OPTIONS reaches the JVM through the native launcher; -Xshare:dump writes the archive that
  # the launcher's own -XX:SharedArchiveFile names, for exactly the class path the launcher builds.
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list" "$bin" >"${TMPDIR:-/tmp}/counterpart-cds-dump.log" 2>&1 || true
  if [ -f "$image/lib/app/counterpart.jsa" ]; then
    echo "cds.sh: archive $(du -h "$image/lib/app/counterpart.jsa" | cut -f1) at $image/lib/app/counterpart.jsa"
  else
    echo "cds.sh: no archive written; see ${TMPDIR:-/tmp}/counterpart-cds-dump.log" >&2
    exit 1
  fi
}

case "${1:-}" in
  classlist) classlist "$2" ;;
  dump) dump "$2" ;;
  *) echo "usage: cds.sh classlist|dump IMAGE" >&2; exit 2 ;;
esac
