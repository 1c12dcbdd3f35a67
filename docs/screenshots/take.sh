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
# Customers: the list with stage, segment, lifetime value and last visit; a profile opened by typing a
# name, Down and Enter (English and Chinese); the owner's lifecycle rules on the second tab.
shot customers-list-en en light ctrl+4 Shift_L Shift_L Shift_L
shot customer-profile-en en light ctrl+4 x u t a o Down Return Shift_L Shift_L
shot customer-profile-zh zh-CN light ctrl+4 x u t a o Down Return Shift_L Shift_L

# flow NAME LANGUAGE THEME STEPS... : a copy of the demo store, then xdotool steps on the till
# ("key F2", "type 3481", "sleep 2"); the copy keeps the flows from changing the other shots.
flow() {
  local name=$1 lang=$2 theme=$3; shift 3
  local copy; copy=$(mktemp -d); cp -r "$demo"/. "$copy"/
  sqlite3 "$copy/counterpart.db" "insert into setting(key,value) values('ui.language','$lang'),('ui.theme','$theme')
    on conflict(key) do update set value=excluded.value;"
  # FLOW_SQL: data a flow needs that the demo has not (it runs after the app migrated the copy once).
  if [ -n "${FLOW_SQL:-}" ]; then java -jar "$jar" --data-dir "$copy" rollups --verify >/dev/null 2>&1 || true
    sqlite3 "$copy/counterpart.db" "$FLOW_SQL"; fi
  printf '%s\n' "$@" > "$copy/steps"
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    java -jar '"$jar"' --data-dir '"$copy"' >/dev/null 2>&1 & app=$!
    sleep 12
    # The title names the shop once the main window shows (the store may take a while to open).
    xdotool search --sync --name " · Counterpart" windowfocus --sync; sleep 2
    while IFS= read -r step; do
      case "$step" in
        sleep*) sleep ${step#sleep } ;;
        type*) xdotool type --delay 60 "${step#type }"; sleep 0.5 ;;
        *) xdotool $step; sleep 1.2 ;;
      esac
    done < '"$copy"'/steps
    import -window root '"$out/$name"'.png
    kill $app'
  rm -rf "$copy"
}

# The lifecycle rules tab (clicked: the search field keeps Ctrl+Tab), with at-risk days typed below the
# active days and saved, so the field's problem shows.
flow lifecycle-rules-en en light "key ctrl+4" "sleep 3" "mousemove 368 65" "click 1" "sleep 2" \
  "mousemove 546 396" "click --repeat 3 1" "type 30" "key Return" "sleep 2"

# Sign in as S03 (two down from the owner, PIN 3481), open the shift with 500, ring up three items
# and a member by phone.
till=("key ctrl+1" "sleep 3" "key F2" "key Down" "key Down" "type 3481" "key Return" "sleep 3"
  "key F11" "type 500" "key Return" "sleep 2" "type 2101000000019" "key Return" "type 2*MT-002" "key Return"
  "type yzgl" "key Return" "key F4" "type 19935111210" "key Return" "sleep 2")
flow sell-light-en en light "${till[@]}"
flow sell-light-zh zh-CN light "${till[@]}" "key F12" "type 20" "key F2" "sleep 1"
flow sell-receipt-en en light "${till[@]}" "key F12" "type 20" "key F2" "type 100" "key Return" "sleep 4"
flow sell-refund-en en light "${till[@]}" "key F12" "type 100" "key Return" "sleep 4" "key Return" "key F10" \
  "sleep 2" "key Return" "sleep 2" "key Down" "key plus"
# One cash sale, 50 out to the bank, the shift closed with 560 counted: the Z report.
flow sell-zreport-en en light "key ctrl+1" "sleep 3" "key F2" "key Down" "key Down" "type 3481" "key Return" "sleep 3" \
  "key F11" "type 500" "key Return" "sleep 2" "type 2101000000019" "key Return" "key F12" "type 100" "key Return" \
  "sleep 4" "key Return" "key F11" "sleep 1" "key o" "type 50" "key Tab" "type bank drop" "key Return" "sleep 1" \
  "key F11" "sleep 1" "key c" "type 560" "key Return" "sleep 4"

# First run: an empty folder shows the welcome screen.
empty=$(mktemp -d)
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  java -jar '"$jar"' --data-dir '"$empty"' >/dev/null 2>&1 & app=$!
  sleep 8; import -window root '"$out"'/welcome-light-en.png; kill $app'
rm -rf "$empty"

# steps NAME LANGUAGE THEME STEPS... : like shot, but each step is a key, "click:X,Y" or "wheel:N" (N notches
# down with the pointer in the page's left margin, where no table takes the wheel). For tabs and long pages.
steps() {
  local name=$1 lang=$2 theme=$3; shift 3
  sqlite3 "$demo/counterpart.db" "insert into setting(key,value) values('ui.language','$lang'),('ui.theme','$theme')
    on conflict(key) do update set value=excluded.value;"
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    java -jar '"$jar"' --data-dir '"$demo"' >/dev/null 2>&1 & app=$!
    sleep 25
    for step in '"$*"'; do
      case "$step" in
        click:*) xy=${step#click:}; xdotool mousemove ${xy%,*} ${xy#*,} click 1 ;;
        wheel:*) xdotool mousemove 212 500; for i in $(seq ${step#wheel:}); do xdotool click 5; done ;;
        *) xdotool search --sync --name Counterpart windowfocus --sync key "$step" ;;
      esac
      sleep 6
    done
    xdotool mousemove 1279 799
    import -window root '"$out/$name"'.png
    kill $app'
}

# The customers area's Retention tab (Customers in the side bar, then the tab): heatmap, funnel, activation,
# referrals and revenue per returning customer.
steps retention-light-en en light click:90,245 click:351,65
steps retention-funnel-light-en en light click:90,245 click:351,65 wheel:10
steps retention-activation-light-en en light click:90,245 click:351,65 wheel:37
steps retention-referrals-light-en en light click:90,245 click:351,65 wheel:52
steps retention-dark-zh zh-CN dark click:90,245 click:284,65
steps retention-funnel-dark-en en dark click:90,245 click:351,65 wheel:10
# Service timeline and care tasks: the care tasks tab (Customers, a click on the tab), a task's customer history
# beside it (Enter), the owner's rules editor (the Rules button), and the till with a member's tags and
# latest note.
care=("key ctrl+4" "sleep 6" "mousemove 355 65 click 1" "sleep 5")
flow care-tasks-en en light "${care[@]}"
# The ninth task's customer has notes in the demo; a new note is typed and saved with Ctrl+Enter, then
# the visit below it is corrected (its Correct button, new text, Ctrl+Enter).
down8=("key Down" "key Down" "key Down" "key Down" "key Down" "key Down" "key Down" "key Down")
flow care-timeline-en en light "${care[@]}" "${down8[@]}" "key Return" "sleep 2" \
  "type Called back: will come on Saturday for the voucher." "key ctrl+Return" "sleep 3" \
  "mousemove 1209 336 click 1" "sleep 1" "key ctrl+a" "type It was the green oolong, not the roasted one. Bought 100 g." \
  "key ctrl+Return" "sleep 3"
flow care-timeline-zh zh-CN light "${care[@]}" "${down8[@]}" "key Down" "key Return" "sleep 2"
flow care-rules-en en light "${care[@]}" "key alt+r" "sleep 3"
flow sell-customer-note-en en light "key ctrl+1" "sleep 3" "key F2" "key Down" "key Down" "type 3481" "key Return" \
  "sleep 3" "key F11" "type 500" "key Return" "sleep 2" "type 2101000000019" "key Return" "key F4" \
  "type 15889348312" "key Return" "sleep 3"
# Customers (custio): sign-in at the header, masking, import preview, duplicates and the merge review.
# The store copy gets a few duplicates the demo has none of: a number stored with the country code, a
# number typed into the name, a name and birthday twice, and a number held back from another device.
dupes="insert into customer (id, phone, name, gender, birthday, consent, joined_on, created_at, updated_at) values
  ('dup-1', '+86 191 4338 0249', '李倩', 'F', null, 1, '2026-10-02', 0, 0),
  ('dup-2', '13900001111', '徐 13313366532', null, null, 0, '2026-11-01', 0, 0),
  ('dup-3', '13900002222', 'Matteo Bianchi', 'M', '2003-11-06', 0, '2026-11-20', 0, 0),
  ('dup-4', null, '任诗琪', 'F', null, 1, '2026-11-25', 0, 0);
  update customer set held_phone = (select phone from customer where name = '任诗琪' and id <> 'dup-4')
    where id = 'dup-4';
  insert into customer_tag values ('dup-1', 'wechat'), ('dup-1', 'vip');
  insert into store_credit (id, customer_id, amount_minor, kind, at) values ('dup-credit', 'dup-1', 20000, 'top_up', 0);"
csv=/tmp/custio-import.csv
printf '%s\n' 'phone,name,gender,birthday,tags,referred_by,consent,joined' \
  '13900000001,王芳,F,1990-05-21,vip|student,,true,2026-11-01' \
  '13313366532,徐涛涛,M,1967-05-21,vip,,false,2026-06-07' \
  '19143380249,李倩,F,1993-01-26,family,,true,2024-09-16' \
  '1390000,张伟,M,,,,,' \
  '13900000003,,,1990-13-40,,,maybe,' > "$csv"
# Sign in as the owner (first in the list, PIN 1234) or as S03 (two down, PIN 3481) with Ctrl+L; the
# PIN dialog comes once the staff are read and the check takes a moment (the hash is slow on purpose).
owner=("key ctrl+l" "sleep 5" "type 1234" "key Return" "sleep 5")
# The Duplicates tab is clicked (Ctrl+Tab stays in the search field); Enter on a pair opens its review.
dupesTab=("key ctrl+4" "sleep 6" "mousemove 355 71" "click 1" "sleep 6")
review=("mousemove 640 304" "click 1" "key Return" "sleep 5")
FLOW_SQL="$dupes" flow customers-masked-en en light "key ctrl+4" "sleep 6"
FLOW_SQL="$dupes" flow header-signin-en en light "key ctrl+4" "sleep 6" "key ctrl+l" "sleep 5"
FLOW_SQL="$dupes" flow customers-signed-in-en en light "key ctrl+4" "sleep 6" "${owner[@]}"
# Import…, then the file typed into the file chooser (focused by hand: Xvfb runs no window manager).
FLOW_SQL="$dupes" flow customers-import-en en light "${owner[@]}" "key ctrl+4" "sleep 6" "mousemove 660 127" \
  "click 1" "sleep 5" "search --sync --onlyvisible --name Customer.file windowfocus --sync" "key ctrl+l" "type $csv" \
  "key Return" "sleep 6"
FLOW_SQL="$dupes" flow customers-duplicates-en en light "${owner[@]}" "${dupesTab[@]}"
FLOW_SQL="$dupes" flow customers-merge-en en light "${owner[@]}" "${dupesTab[@]}" "${review[@]}"
FLOW_SQL="$dupes" flow customers-merge-zh zh-CN light "${owner[@]}" "key ctrl+4" "sleep 6" "mousemove 298 71" \
  "click 1" "sleep 6" "${review[@]}"
# A cashier merging: the owner approves with their PIN.
FLOW_SQL="$dupes" flow customers-merge-approval-en en light "key ctrl+l" "sleep 5" "key Down" "key Down" \
  "type 3481" "key Return" "sleep 5" "${dupesTab[@]}" "${review[@]}" "key Return" "sleep 5"

# Staff area (issue 7, roster): the owner signed in (Ctrl+L, PIN 1234) adding a person without a name,
# so the form shows its refusal; the permission matrix; the performance view for this month.
staffin=("key ctrl+5" "sleep 4" "key ctrl+l" "sleep 6" "type 1234" "sleep 2" "key Return" "sleep 6")
flow staff-roster en light "${staffin[@]}" "mousemove 283 173" "click 1" "sleep 7" "type Li Na" "key Return" "sleep 3"
flow staff-permissions en light "${staffin[@]}" "mousemove 329 71" "click 1" "sleep 2"
flow staff-performance en light "key ctrl+5" "sleep 4" "mousemove 444 71" "click 1" "sleep 6"
