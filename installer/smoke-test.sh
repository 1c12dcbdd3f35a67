#!/usr/bin/env bash
# Tries what installer/build.sh made on Linux, as a shop owner and a head office would use it:
#   the app-image   --version; a demo shop and its report, equal to `java -jar target/counterpart.jar`;
#                   a GBK CSV import; the locales of the runtime; head office over HTTPS with an EC key
#                   and a shop syncing to it; the desktop window under Xvfb
#   the .deb        its control data, desktop entry and icon; when run as root on a machine without
#                   Counterpart installed: a real install, the installed launcher and the PATH link,
#                   the desktop entry validated, then removal
# and writes the sizes and start-up times to target/bench/installer.json.
# Needs: Xvfb, xdotool, curl, desktop-file-validate, and a JDK's java and keytool on the PATH.
# `mvn -Pinstaller verify` runs it; INSTALLER_STARTUP_RUNS=3 times three window starts of each kind.
set -euo pipefail

if [ "$(uname -s)" != Linux ]; then
  echo "smoke-test.sh: skipped: it tries the Linux app-image and .deb; other systems' installers are tried by hand (installer/README.md)"
  exit 0
fi
version=${1:?usage: installer/smoke-test.sh VERSION (the pom version)}
app_version=${version%%[!0-9.]*}
app_version=${app_version%.}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=$root/target
out=$target/installer
image=$out/counterpart
deb=$out/counterpart_${app_version}-1_amd64.deb
runs=${INSTALLER_STARTUP_RUNS:-1}
[ -x "$image/bin/counterpart" ] && [ -f "$deb" ] || { echo "smoke-test.sh: build first (installer/build.sh or mvn -Pinstaller package)" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "smoke-test.sh: FAILED: $*" >&2; exit 1; }
ok() { echo "smoke-test.sh: ok: $*"; }
millis() { echo $(($(date +%s%N) / 1000000)); }
# A port nothing listens on: one that refuses a connection.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

app=$image/bin/counterpart
shop=$work/shop
until=2026-06-30

app_image() {
  [ "$("$app" --version)" = "Counterpart $version" ] || fail "--version says '$("$app" --version)', not 'Counterpart $version'"
  ok "--version prints Counterpart $version"
  [ "$("$image/bin/counterpart.sh" --version)" = "Counterpart $version" ] || fail "bin/counterpart.sh --version"
  # -Xshare:on refuses to start unless the archive maps: it is there and made for this image's paths,
  # with the class path both launchers build.
  for launcher in "$app" "$image/bin/counterpart.sh"; do
    JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>"$work/cds.err" \
      || fail "the class data sharing archive does not map for $launcher: $(cat "$work/cds.err")"
  done
  ok "bin/counterpart.sh starts the app too; the class data sharing archive maps for both launchers"

  "$app" --data-dir "$shop" demo --days 14 --until "$until" >/dev/null
  local ours theirs
  ours=$("$app" --data-dir "$shop" report --from 2026-06-17 --to "$until" --by day --format json)
  theirs=$(java -jar "$target/counterpart.jar" --data-dir "$shop" report --from 2026-06-17 --to "$until" --by day --format json)
  [ "$(grep -c revenue_minor <<<"$ours")" = 14 ] || fail "the report has not 14 days: $ours"
  [ "$ours" = "$theirs" ] || fail "the report differs from java -jar's: $ours <> $theirs"
  ok "demo shop built; report --by day has 14 days, the same as java -jar's"

  # Products the way Excel saves them on a Chinese Windows: GBK. Read right, they match the demo
  # shop's catalog, Chinese names included.
  head -21 "$root/sample-data/products.csv" | iconv -f UTF-8 -t GBK >"$work/products-gbk.csv"
  "$app" --data-dir "$shop" import products "$work/products-gbk.csv" --dry-run >"$work/import.out" 2>&1 \
    || fail "GBK product import: $(cat "$work/import.out")"
  grep -q 'encoding GBK' "$work/import.out" && grep -q '^20 rows match the catalog already' "$work/import.out" \
    || fail "GBK product import: $(cat "$work/import.out")"
  ok "a GBK product CSV reads as the catalog it came from"

  local locales
  locales=$("$image/lib/runtime/bin/java" -XshowSettings:locale -version 2>&1 | tr -d ' \n')
  grep -q ',zh_CN,' <<<"$locales" || fail "the runtime has no Chinese locale data: $locales"
  ! grep -q ',fr_FR,' <<<"$locales" || fail "the runtime carries locales beyond en and zh: $locales"
  ok "runtime locales: en and zh only"
}

head_office() {
  local port ks=$work/hq.p12 ts=$work/hq-trust.p12 code
  port=$(free_port)
  # An EC key, as a head office would make today: TLS then needs jdk.crypto.ec on both sides.
  keytool -genkeypair -alias hq -keyalg EC -groupname secp256r1 -dname CN=localhost \
    -ext SAN=dns:localhost,ip:127.0.0.1 -validity 2 -storetype PKCS12 -keystore "$ks" \
    -storepass smoke-pass -keypass smoke-pass 2>/dev/null
  keytool -exportcert -alias hq -keystore "$ks" -storepass smoke-pass -rfc -file "$work/hq.pem" 2>/dev/null
  keytool -importcert -noprompt -alias hq -file "$work/hq.pem" -storetype PKCS12 -keystore "$ts" \
    -storepass smoke-pass 2>/dev/null

  "$app" --data-dir "$work/hq" hq serve --bind 127.0.0.1 --port "$port" --tls-keystore "$ks" \
    --tls-password smoke-pass >"$work/hq.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    curl -sf --cacert "$work/hq.pem" "https://localhost:$port/v1/health" >/dev/null && break
    sleep 0.2
  done
  curl -sf --cacert "$work/hq.pem" "https://localhost:$port/v1/health" >/dev/null \
    || fail "hq serve over HTTPS does not answer: $(cat "$work/hq.log")"
  ok "hq serve answers over HTTPS with an EC key"

  code=$("$app" --data-dir "$work/hq" hq enrol-code --shop Smoke | tail -1)
  [ -n "$code" ] || fail "hq enrol-code printed no code"
  "$app" --data-dir "$shop" enrol --url "https://localhost:$port" --code "$code" \
    --trust-store "$ts" --trust-password smoke-pass >"$work/enrol.out" 2>&1 || fail "enrol: $(cat "$work/enrol.out")"
  "$app" --data-dir "$shop" sync >"$work/sync.out" 2>&1 || fail "sync: $(cat "$work/sync.out")"
  local days
  days=$("$app" --data-dir "$work/hq" hq report --format json | grep -c revenue_minor || true)
  [ "$days" = 14 ] || fail "head office has $days business days of the shop, not 14"
  ok "the shop enrols and syncs over HTTPS; head office reports its 14 days"
}

# Starts the desktop app ("$@") on the display, waits until it shows the shop and closes it; sets
# window_ms to the milliseconds from start to its first window.
first_window() {
  local started pid candidate window=''
  started=$(millis)
  "$@" --data-dir "$shop" >>"$work/gui.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 600); do
    # GTK's hidden leader window is named after the program, "counterpart": the stage is the other.
    for candidate in $(xdotool search --pid "$pid" --name 'Counterpart' 2>/dev/null || true); do
      [[ "$(xdotool getwindowname "$candidate")" == *Counterpart ]] && window=$candidate
    done
    [ -n "$window" ] && break
    kill -0 "$pid" 2>/dev/null || fail "the app ended without a window: $(tail -5 "$work/gui.log")"
    sleep 0.05
  done
  [ -n "$window" ] || fail "no Counterpart window within 30 s"
  window_ms=$(($(millis) - started))
  # The shop is open when the title names it ("Camellia & Crumb · Counterpart").
  for _ in $(seq 600); do
    [[ "$(xdotool getwindowname "$window")" == *' · Counterpart' ]] && break
    sleep 0.1
  done
  if [[ "$(xdotool getwindowname "$window")" != *' · Counterpart' ]]; then
    import -window root "$out/smoke-window.png" 2>/dev/null || true
    fail "the window never showed the shop (the screen as it was: $out/smoke-window.png)"
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

desktop() {
  # A display of our own: -displayfd picks a free number, so a machine shared with other X servers is fine.
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
  pids+=($!)
  for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
  [ -s "$work/display" ] || fail "Xvfb did not start"
  export DISPLAY=:$(cat "$work/display")
  image_ms=() jar_ms=()
  for _ in $(seq "$runs"); do
    first_window "$app"
    image_ms+=("$window_ms")
    first_window java -jar "$target/counterpart.jar"
    jar_ms+=("$window_ms")
  done
  ok "the window opens and shows the shop: first window after ${image_ms[*]} ms (app-image), ${jar_ms[*]} ms (java -jar)"
  "$image/bin/counterpart.sh" --data-dir "$shop" --screen sell --startup-probe 2>"$work/probe.err" | grep -q '^ready' \
    || fail "the sell screen never became usable: $(tail -5 "$work/probe.err")"
  ok "the sell screen becomes usable (its catalog loaded)"
}

deb_contents() {
  local info listing entry
  info=$(dpkg-deb -I "$deb")
  grep -q "^ Package: counterpart$" <<<"$info" || fail "package name: $info"
  grep -q "^ Version: ${app_version}-1$" <<<"$info" || fail "package version is not ${app_version}-1: $info"
  grep -q "^ Depends:.*libgtk-3-0" <<<"$info" || fail "the package does not depend on GTK 3: $info"
  listing=$(dpkg-deb -c "$deb")
  for file in bin/counterpart lib/counterpart.png lib/counterpart-counterpart.desktop lib/app/counterpart.jar \
      lib/runtime/lib/server/classes.jsa lib/app/counterpart.classlist lib/app/native/libsqlitejdbc.so bin/counterpart.sh; do
    grep -q "\./opt/counterpart/$file$" <<<"$listing" || fail "the package has no /opt/counterpart/$file"
  done
  # The app's own archive is made by postinst for /opt's paths; one made for target/ would not map there.
  ! grep -q "counterpart\.jsa$" <<<"$listing" || fail "the package carries a class data sharing archive made elsewhere"
  entry=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/counterpart/lib/counterpart-counterpart.desktop)
  grep -qx 'Name=Counterpart' <<<"$entry" || fail "desktop entry name: $entry"
  grep -qx 'Categories=Office;Finance;' <<<"$entry" || fail "desktop entry menu group: $entry"
  grep -qx 'Exec=/opt/counterpart/bin/counterpart.sh' <<<"$entry" || fail "desktop entry launcher: $entry"
  ok "package counterpart ${app_version}-1: launcher, icon, desktop entry in Office;Finance, CDS archive"
}

deb_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "smoke-test.sh: skipped: installing the .deb needs root"
    return
  fi
  if [ "$(dpkg-query -W -f '${Status}' counterpart 2>/dev/null)" = 'install ok installed' ]; then
    echo "smoke-test.sh: skipped: Counterpart is installed on this machine already; it is left as it is"
    return
  fi
  # Missing dependencies (GTK, xdg-utils on a machine without a desktop) come from apt.
  dpkg -i "$deb" >"$work/dpkg.out" 2>&1 || apt-get install -f -y >>"$work/dpkg.out" 2>&1 \
    || fail "dpkg -i: $(cat "$work/dpkg.out")"
  [ "$(/opt/counterpart/bin/counterpart --version)" = "Counterpart $version" ] || fail "installed --version"
  JAVA_TOOL_OPTIONS=-Xshare:on counterpart --version >/dev/null 2>"$work/cds.err" \
    || fail "postinst made no class data sharing archive that maps for counterpart on the PATH: $(cat "$work/cds.err")"
  [ "$(counterpart --data-dir "$shop" report --from 2026-06-17 --to "$until" --by day --format csv | wc -l)" -gt 14 ] \
    || fail "the installed counterpart on the PATH does not report"
  # xdg-desktop-menu puts the entry in the menu where the system has one (/usr/share/desktop-directories,
  # as on any desktop); elsewhere the package installs without it and the packaged entry is checked.
  local entry=/usr/share/applications/counterpart-counterpart.desktop
  if [ -d /usr/share/desktop-directories ]; then
    [ -f "$entry" ] || fail "no desktop entry $entry"
  else
    echo "smoke-test.sh: this machine has no desktop menu (/usr/share/desktop-directories): checking the packaged entry"
    entry=/opt/counterpart/lib/counterpart-counterpart.desktop
  fi
  desktop-file-validate "$entry" || fail "desktop-file-validate $entry"
  installed_kb=$(du -sk /opt/counterpart | cut -f1)
  ok "installed: /opt/counterpart/bin/counterpart and counterpart on the PATH run; $entry validates; $((installed_kb / 1024)) MB"
  dpkg -r counterpart >"$work/dpkg.out" 2>&1 || fail "dpkg -r: $(cat "$work/dpkg.out")"
  [ ! -e /opt/counterpart ] && [ ! -e /usr/bin/counterpart ] && [ ! -e /usr/share/applications/counterpart-counterpart.desktop ] \
    || fail "dpkg -r left files behind"
  dpkg -P counterpart >/dev/null
  ok "removed: /opt/counterpart, /usr/bin/counterpart and the desktop entry are gone"
}

report() {
  mkdir -p "$target/bench"
  kb() { du -sk "$1" | cut -f1; }
  cat >"$target/bench/installer.json" <<EOF
{
  "version": "$version",
  "runtime_kb": $(kb "$out/runtime"),
  "app_image_kb": $(kb "$image"),
  "installed_kb": ${installed_kb:-null},
  "deb_bytes": $(stat -c %s "$deb"),
  "first_window_ms_app_image": [$(IFS=,; echo "${image_ms[*]}")],
  "first_window_ms_java_jar": [$(IFS=,; echo "${jar_ms[*]}")]
}
EOF
  cat "$target/bench/installer.json"
}

installed_kb=''
app_image
head_office
desktop
deb_contents
deb_install
report
