#!/usr/bin/env bash
# Takes the screenshots in this folder: the real app in a real window under Xvfb.
# Needs: xvfb, xdotool, imagemagick (import), sqlite3, libgtk-3-0, fonts-noto-cjk (for the Chinese
# shots), and `mvn package` done first.
# Usage: docs/screenshots/take.sh [demo-data-dir]   (a demo store is built if the folder is empty)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
demo=${1:-/tmp/counterpart-shots/demo}
jar=target/counterpart.jar
[ -f "$demo/counterpart.db" ] || java -jar "$jar" --data-dir "$demo" demo

# shot NAME LANGUAGE THEME KEYS... : opens the app with that look, presses the keys, saves NAME.png
shot() {
  local name=$1 lang=$2 theme=$3; shift 3
  sqlite3 "$demo/counterpart.db" "insert into setting(key,value) values('ui.language','$lang'),('ui.theme','$theme')
    on conflict(key) do update set value=excluded.value;"
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    java -jar '"$jar"' --data-dir '"$demo"' >/dev/null 2>&1 & app=$!
    sleep 12
    for key in '"$*"'; do xdotool search --sync --name Counterpart windowfocus --sync key "$key"; sleep 1.5; done
    import -window root '"$out/$name"'.png
    kill $app'
}

shot dashboard-light-en en light
shot dashboard-dark-zh zh-CN dark
shot dashboard-light-zh zh-CN light
shot dashboard-dark-en en dark
shot reports-light-en en light ctrl+3
shot catalog-light-en en light ctrl+6
shot catalog-dark-zh zh-CN dark ctrl+6
shot customers-light-zh zh-CN light ctrl+4
shot customers-search-en en light ctrl+4 z h a n g
shot staff-light-en en light ctrl+5
shot settings-dark-en en dark ctrl+8
shot sell-light-en en light ctrl+1

# First run: an empty folder shows the welcome screen.
empty=$(mktemp -d)
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  java -jar '"$jar"' --data-dir '"$empty"' >/dev/null 2>&1 & app=$!
  sleep 8; import -window root '"$out"'/welcome-light-en.png; kill $app'
rm -rf "$empty"
