#!/usr/bin/env bash
# Smoke test of a built bundle, offscreen, with no network: version, demo workspace, headless PDF, desktop start.
set -euo pipefail
EXE=${1:?path to the bundled executable}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen WORKSTATION_HOME="$WORK/home"
"$EXE" --version
"$EXE" --db "$WORK/demo.db" demo
"$EXE" --db "$WORK/demo.db" report --from 2026-01-01 --to 2026-12-31 --lang kk --out "$WORK/summary.pdf"
test -s "$WORK/summary.pdf"
head -c 5 "$WORK/summary.pdf" | grep -q '%PDF-'
# Feeds read by worker processes where there are two cores: the bundle starts itself again as a worker
# (multiprocessing.freeze_support in main.py); a worker that cannot start would leave reading on one core, silently.
if [ "$(nproc)" -ge 2 ]; then
  mkdir -p "$WORK/feeds"
  for f in $(seq 1 24); do
    {
      echo '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Smoke '"$f"'</title>'
      for i in $(seq 1 150); do
        echo "<item><title>Жаңалық $f-$i: бюджет туралы хабар $i</title><link>https://news$f.example/$i</link>"
        echo "<description>&lt;p&gt;Министрлік $i миллион теңге бөлінгенін хабарлады. Подробности $f/$i.&lt;/p&gt;</description>"
        echo "<pubDate>Mon, 02 Nov 2026 0$((i % 10)):$((10 + i % 50)):00 +0500</pubDate></item>"
      done
      echo '</channel></rss>'
    } > "$WORK/feeds/feed$f.xml"
  done
  "$EXE" --db "$WORK/feeds.db" import "$WORK"/feeds/feed*.xml 2> "$WORK/import.err" &
  IMPORT=$!
  WORKERS=0
  while kill -0 "$IMPORT" 2>/dev/null; do
    if pgrep -P "$IMPORT" -f -- "--multiprocessing-fork" > /dev/null; then WORKERS=1; fi
    sleep 0.05
  done
  wait "$IMPORT" || { cat "$WORK/import.err"; echo "import of local feeds failed"; exit 1; }
  if grep -q "worker processes reading feeds stopped" "$WORK/import.err"; then
    cat "$WORK/import.err"; echo "the bundle's feed-reading workers stopped"; exit 1
  fi
  [ "$WORKERS" = 1 ] || { echo "the bundle read the feeds without worker processes"; exit 1; }
  grep -q "24 ok, 0 failed; 3600 new items" "$WORK/import.err" || { cat "$WORK/import.err"; exit 1; }
  echo "feeds read on worker processes"
fi
# The desktop itself: it must start, show its window and quit on its own.
"$EXE" --db "$WORK/demo.db" --smoke-quit-after 3
echo "smoke test passed"
