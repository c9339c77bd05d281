#!/usr/bin/env bash
# Redaction benchmark (issue #6): generate an N-page case file, redact it end to end with our command (verification
# included) and with MuPDF (mutool run mupdf-redact.js) in the same run, and print pages/second, peak memory and
# the ratio. Run from anywhere: bench/redact/run.sh [PAGES...]   (default: 250 1000)
set -euo pipefail
cd "$(dirname "$0")/../.."

PAGE_COUNTS=("${@:-250 1000}")
[ $# -eq 0 ] && PAGE_COUNTS=(250 1000)
# a small fixed heap, so peak memory shows what the work needs rather than how lazily the JVM collects
HEAP=${HEAP:-64m}
# a one-off command gains nothing from the optimising compiler or a parallel collector: both cost CPU at start-up
JAVA_OPTS=${JAVA_OPTS:-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}
NAME="Jonathan Smithers"
EMAIL="jonathan.smithers@example.org"
REF="RD-2024-0117"
# the scanned page's grey band, as an area in PDF points: x y width height
AREA=(100 402 200 40)

command -v mutool >/dev/null || { echo "mutool is missing: apt-get install -y mupdf-tools" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext is missing: apt-get install -y poppler-utils" >&2; exit 1; }

[ -n "${SKIP_BUILD:-}" ] || mvn -B -o -q package -DskipTests
JAR=$(ls target/rightsdesk-*.jar | grep -v -- '-plain' | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

seconds() { # "Elapsed (wall clock)" from /usr/bin/time -v, as seconds
  grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'
}
cpu() { # user + system seconds: steadier than wall time when other work shares the machine
  awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$1"
}
peak_mb() { grep 'Maximum resident set size' "$1" | awk '{printf "%.0f", $NF / 1024}'; }
leaks() { pdftotext -q "$1" - | grep -ci -e "smithers" -e "$REF" || true; }

printf '%-6s %-10s %8s %8s %9s %8s %6s\n' pages tool wall-s cpu-s pages/s peak-MB leaks
for pages in "${PAGE_COUNTS[@]}"; do
  in="$WORK/case-$pages.pdf"
  java -cp "$JAR" -Dloader.path=target/test-classes -Dloader.main=org.rightsdesk.redact.RedactBenchCorpus \
    org.springframework.boot.loader.launch.PropertiesLauncher "$in" "$pages"
  scan_page=$((pages / 2))

  /usr/bin/time -v -o "$WORK/ours.time" java -Xmx"$HEAP" $JAVA_OPTS -jar "$JAR" redact "$in" "$WORK/ours-$pages.pdf" \
    --term "$NAME" --term "$EMAIL" --term "$REF" \
    --area "$scan_page:${AREA[0]},${AREA[1]},${AREA[2]},${AREA[3]}" > "$WORK/ours-$pages.jsonl"
  /usr/bin/time -v -o "$WORK/mupdf.time" mutool run bench/redact/mupdf-redact.js "$in" "$WORK/mupdf-$pages.pdf" \
    "$scan_page" "${AREA[@]}" "$NAME" "$EMAIL" "$REF"

  ours=$(seconds "$WORK/ours.time")
  mupdf=$(seconds "$WORK/mupdf.time")
  ours_cpu=$(cpu "$WORK/ours.time")
  mupdf_cpu=$(cpu "$WORK/mupdf.time")
  printf '%-6s %-10s %8.2f %8.2f %9.0f %8s %6s\n' "$pages" rightsdesk "$ours" "$ours_cpu" \
    "$(echo "$pages / $ours" | bc -l)" "$(peak_mb "$WORK/ours.time")" "$(leaks "$WORK/ours-$pages.pdf")"
  printf '%-6s %-10s %8.2f %8.2f %9.0f %8s %6s\n' "$pages" mupdf "$mupdf" "$mupdf_cpu" \
    "$(echo "$pages / $mupdf" | bc -l)" "$(peak_mb "$WORK/mupdf.time")" "$(leaks "$WORK/mupdf-$pages.pdf")"
  printf '%-6s ratio (rightsdesk / MuPDF): wall %.2f, cpu %.2f; target <= 2. Log lines: %s\n' "$pages" \
    "$(echo "$ours / $mupdf" | bc -l)" "$(echo "$ours_cpu / $mupdf_cpu" | bc -l)" \
    "$(wc -l < "$WORK/ours-$pages.jsonl")"
done
