#!/usr/bin/env bash
# Builds Counterpart's installer for the system it runs on, from target/counterpart.jar and
# target/lib/ (mvn package): `mvn -Pinstaller package` runs it, or `installer/build.sh VERSION`.
#
#   check_modules  jdeps over the jars against installer/runtime-modules.txt
#   runtime        jlink: a Java runtime of exactly those modules      -> target/installer/runtime
#   app_image      jpackage --type app-image: launcher, runtime, jars  -> target/installer/<name>
#   package        jpackage from that app-image: .deb on Linux, .msi on Windows, .dmg on macOS
#
# A step that changes the app-image before it is packaged (such as a class-data-sharing archive
# trained by running the app) belongs between app_image and package in main, at the end.
#
# The JDK used is INSTALLER_JDK, else JAVA_HOME, else the one `java` on the PATH belongs to; it needs
# jmods/ and jpackage (a JDK 17 or newer; the runtime is linked from its modules).
set -euo pipefail

version=${1:?usage: installer/build.sh VERSION (the pom version)}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
target=$root/target
out=$target/installer

jdk=${INSTALLER_JDK:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
for tool in jdeps jlink jpackage; do
  [ -x "$jdk/bin/$tool" ] || [ -x "$jdk/bin/$tool.exe" ] || { echo "build.sh: $jdk has no bin/$tool; set INSTALLER_JDK to a JDK 17+" >&2; exit 2; }
done
[ -d "$jdk/jmods" ] || { echo "build.sh: $jdk has no jmods/ to link a runtime from; set INSTALLER_JDK to a JDK 17+ that has them" >&2; exit 2; }
[ -f "$target/counterpart.jar" ] && [ -d "$target/lib" ] || { echo "build.sh: run mvn package first (no target/counterpart.jar or target/lib/)" >&2; exit 2; }

case "$(uname -s)" in
  Linux) os=linux; package_type=deb ;;
  Darwin) os=macos; package_type=dmg ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; package_type=msi ;;
  *) echo "build.sh: no installer for $(uname -s)" >&2; exit 2 ;;
esac

# jpackage takes only numbers for --app-version (a .msi's ProductVersion, a bundle's version): a
# pom's 1.2.0-SNAPSHOT becomes 1.2.0. A macOS bundle's version must not start with 0: there,
# INSTALLER_APP_VERSION gives the version to use until the pom's is 1.0 or more.
app_version=${version%%[!0-9.]*}
app_version=${INSTALLER_APP_VERSION:-${app_version%.}}
[ -n "$app_version" ] || { echo "build.sh: cannot make an installer version from '$version'" >&2; exit 2; }
if [ "$os" = macos ] && [ "${app_version%%.*}" = 0 ]; then
  echo "build.sh: macOS refuses version $app_version (its first number must be 1 or more); set INSTALLER_APP_VERSION" >&2
  exit 2
fi
name=$(sed -n 's/^--name //p' "installer/jpackage/$os.args")

# The jar's libraries: those its manifest's Class-Path names (target/lib/ may hold older ones that
# mvn package left behind; copy-dependencies never removes any).
mkdir -p "$out"
rm -rf "$out/manifest"
(mkdir -p "$out/manifest" && cd "$out/manifest" && "$jdk/bin/jar" xf "$target/counterpart.jar" META-INF/MANIFEST.MF)
libs=$(tr -d '\r' <"$out/manifest/META-INF/MANIFEST.MF" | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
  | sed -n 's/^Class-Path: //p' | tr ' ' '\n' | sed -n 's|^lib/||p')
rm -rf "$out/manifest"
[ -n "$libs" ] || { echo "build.sh: target/counterpart.jar's manifest names no libraries" >&2; exit 2; }

# The module names in runtime-modules.txt: included (plain lines) or left out ("-" lines).
modules() {
  sed -e 's/#.*//' -e 's/[[:space:]]//g' installer/runtime-modules.txt | grep -v '^$' | grep "$1" | sed 's/^-//' || true
}

check_modules() {
  local found missing=() path_separator=:
  [ "$os" != windows ] || path_separator=';'
  found=$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --class-path "$(for lib in $libs; do printf '%s%s' "$target/lib/$lib" "$path_separator"; done)" \
    "$target/counterpart.jar" | tr ',' '\n')
  for module in $found; do
    grep -qx "$module" <(modules '') || missing+=("$module")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "build.sh: jdeps finds the app needs ${missing[*]}: add each to installer/runtime-modules.txt, or a '-' line saying why not" >&2
    exit 1
  fi
}

runtime() {
  rm -rf "$out/runtime"
  "$jdk/bin/jlink" --add-modules "$(modules '^[^-]' | paste -sd, -)" \
    --include-locales=en,zh \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive \
    --output "$out/runtime"
  # The archive for heaps over 32 GB, which a till never has: 11 MB the JVM would not read.
  rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
}

# sqlite-jdbc carries its native library for 20 systems; the installer keeps this system's only
# (12 MB less). The os/arch folder names are sqlite-jdbc's.
trim_sqlite_jdbc() {
  local jar keep arch unpacked=$out/sqlite-jdbc
  jar=$(ls "$out"/input/lib/sqlite-jdbc-*.jar)
  case "$(uname -m)" in x86_64 | amd64) arch=x86_64 ;; aarch64 | arm64) arch=aarch64 ;; *) return ;; esac
  case "$os" in linux) keep=Linux/$arch ;; macos) keep=Mac/$arch ;; windows) keep=Windows/$arch ;; esac
  rm -rf "$unpacked"
  mkdir -p "$unpacked"
  (cd "$unpacked" && "$jdk/bin/jar" xf "$jar")
  [ -d "$unpacked/org/sqlite/native/$keep" ] || { echo "build.sh: sqlite-jdbc has no org/sqlite/native/$keep" >&2; exit 1; }
  find "$unpacked/org/sqlite/native" -mindepth 2 -maxdepth 2 -type d ! -path "*/native/$keep" -exec rm -rf {} +
  find "$unpacked/org/sqlite/native" -mindepth 1 -maxdepth 1 -type d -empty -delete
  rm "$jar"
  "$jdk/bin/jar" --create --file "$jar" --manifest "$unpacked/META-INF/MANIFEST.MF" -C "$unpacked" .
  # Linux also gets the library itself beside the jars, named by -Dorg.sqlite.lib.path (linux.args):
  # otherwise every start writes it to the temp folder and checksums it.
  if [ "$os" = linux ]; then
    mkdir -p "$out/input/native"
    cp "$unpacked/org/sqlite/native/$keep/libsqlitejdbc.so" "$out/input/native/"
  fi
  rm -rf "$unpacked"
}

app_image() {
  rm -rf "$out/input" "$out/$name" "$out/$name.app"
  mkdir -p "$out/input/lib"
  cp "$target/counterpart.jar" "$out/input/"
  for lib in $libs; do cp "$target/lib/$lib" "$out/input/lib/"; done
  trim_sqlite_jdbc
  "$jdk/bin/jpackage" --type app-image \
    @installer/jpackage/app.args @installer/jpackage/about.args @"installer/jpackage/$os.args" \
    $(optional_args "$os-app-image") \
    --app-version "$app_version" --input "$out/input" --runtime-image "$out/runtime" --dest "$out"
  # The quicker start script that the desktop entry and the PATH link run (ADR 0030).
  [ "$os" != linux ] || install -m 755 installer/linux/counterpart.sh "$out/$name/bin/counterpart.sh"
}

# @installer/jpackage/NAME.args, for the systems that have such a file.
optional_args() {
  [ ! -f "installer/jpackage/$1.args" ] || echo "@installer/jpackage/$1.args"
}

package() {
  local image=$out/$name
  [ "$os" = macos ] && image=$out/$name.app
  rm -f "$out"/*."$package_type"
  # dpkg-deb (1.21.10 and later) packs with xz by default: measured on a 110 MB app-image, 150 s for a
  # 77 MB .deb, as its jars and runtime are compressed already; gzip took 20 s for 83 MB, and every
  # dpkg reads it.
  DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip} \
  "$jdk/bin/jpackage" --type "$package_type" --app-image "$image" \
    @installer/jpackage/about.args @"installer/jpackage/$os.args" $(optional_args "$os-$package_type") \
    --app-version "$app_version" --dest "$out"
}

# Class data sharing (ADR 0030): the class list trained on the app-image goes into every package; the
# archive itself is dumped where the app runs, as it names the jars by their absolute paths: here for
# the app-image in target/, by the .deb's postinst in /opt.
class_list() {
  installer/cds.sh classlist "$out/$name"
}

archive() {
  installer/cds.sh dump "$out/$name"
}

# Runs one step and says how long it took.
step() {
  local started=$SECONDS
  "$1"
  echo "build.sh: $1 took $((SECONDS - started)) s"
}

main() {
  mkdir -p "$out"
  step check_modules
  step runtime
  step app_image
  [ "$os" != linux ] || step class_list
  step package
  [ "$os" != linux ] || step archive
  ls -l "$out"/*."$package_type"
}

main
