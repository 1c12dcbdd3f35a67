#!/bin/sh
# Starts Counterpart as bin/counterpart does, with the app-image's own runtime and settings
# (lib/app/counterpart.cfg), but without the package-manager queries (rpm -qf, dpkg -S) that
# jpackage's Linux launcher makes at every start: measured at 0.3 s of each start (ADR 0030). The desktop
# entry and /usr/bin/counterpart run this script; bin/counterpart stays for anyone who calls it.
here=$(dirname "$(readlink -f "$0")")
app=$(cd "$here/../lib/app" && pwd)
cfg=$app/counterpart.cfg
[ -f "$cfg" ] || { echo "counterpart: $cfg is missing; reinstall Counterpart" >&2; exit 1; }
# The class path in the configuration's order: the class data sharing archive was made for exactly it.
classpath=$(sed -n "s#^app.classpath=\$APPDIR#$app#p" "$cfg" | paste -sd: -)
options=$(sed -n "s#^java-options=##p" "$cfg" | sed "s#\$APPDIR#$app#g")
main=$(sed -n 's#^app.mainclass=##p' "$cfg")
# The options hold no spaces (installer/jpackage/*.args), so word splitting them is safe.
# shellcheck disable=SC2086
exec "$here/../lib/runtime/bin/java" $options -cp "$classpath" "$main" "$@"
