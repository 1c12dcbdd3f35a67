#!/usr/bin/env bash
# Start-up benchmark of the installed app: wall time from starting the launcher to the sell screen being
# usable (its catalog loaded and a frame laid out: the app prints "ready" then and exits), with and without
# the class data sharing archive, alternating in one run so both see the same machine.
#
#   installer/bench-startup.sh IMAGE [ROUNDS]     IMAGE: an app-image with its archive (cds.sh dump)
#
# "without" is a copy of the same image whose launcher configuration does not name the archive. Cold runs
# drop the page cache first when the machine allows it (root); warm runs follow a run of the same kind.
# The shop is the full demo (a year of sales). Results: target/bench/startup.json and startup.md.
set -euo pipefail
image=$(cd "$1" && pwd)
rounds=${2:-10}
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/target/bench"
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT

# The start script the desktop entry runs (ADR 0030), else jpackage's launcher.
bin_of() { for n in counterpart.sh counterpart Counterpart; do [ -x "$1/bin/$n" ] && { echo "$1/bin/$n"; return; }; done; }
with=$(bin_of "$image")
[ -f "$image/lib/app/counterpart.jsa" ] || { echo "no archive in $image: run installer/cds.sh dump $image" >&2; exit 1; }
cp -a "$image" "$work/without"
rm -f "$work/without/lib/app/counterpart.jsa"
sed -i '/SharedArchiveFile/d' "$work/without"/lib/app/*.cfg
without=$(bin_of "$work/without")

echo "Building the demo shop ..."
"$with" --data-dir "$work/shop" demo >/dev/null

display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1

can_drop=false
if sync && echo 3 >/proc/sys/vm/drop_caches 2>/dev/null; then can_drop=true; fi

# One start: prints the wall milliseconds until "ready".
start() {
  local bin=$1 t0 t1 line
  t0=$(date +%s%N)
  line=$(DISPLAY=$display "$bin" --data-dir "$work/shop" --screen sell --startup-probe 2>/dev/null | grep -m1 '^ready' || true)
  t1=$(date +%s%N)
  [ -n "$line" ] || { echo "the app did not report ready" >&2; exit 1; }
  echo $(( (t1 - t0) / 1000000 ))
}

declare -A runs
for kind in with without; do start "${!kind}" >/dev/null; done   # warm-up: JavaFX unpacks its natives once
for r in $(seq "$rounds"); do
  for kind in with without; do
    if $can_drop; then
      sync; echo 3 >/proc/sys/vm/drop_caches
      runs[cold_$kind]+="$(start "${!kind}") "
    fi
    runs[warm_$kind]+="$(start "${!kind}") "
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
json="{\"rounds\": $rounds, \"cores\": $(nproc), \"image\": \"$image\""
md="| start | with archive (ms, median) | without (ms, median) | ratio |\n|---|---|---|---|\n"
for temp in cold warm; do
  [ -n "${runs[${temp}_with]:-}" ] || continue
  w=$(echo "${runs[${temp}_with]}" | median)
  wo=$(echo "${runs[${temp}_without]}" | median)
  ratio=$(awk -v a="$wo" -v b="$w" 'BEGIN {printf "%.2f", a / b}')
  json+=", \"${temp}_with_ms\": [${runs[${temp}_with]// /, }], \"${temp}_without_ms\": [${runs[${temp}_without]// /, }]"
  json+=", \"${temp}_with_median_ms\": $w, \"${temp}_without_median_ms\": $wo, \"${temp}_ratio\": $ratio"
  md+="| $temp | $w | $wo | ${ratio}× |\n"
done
json=${json//, ]/]}
echo "$json}" >"$out/startup.json"
printf "%b" "$md" | tee "$out/startup.md"
