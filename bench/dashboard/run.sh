#!/usr/bin/env bash
# Dashboard benchmark (issue #9): statistics and dashboard response times at 10k and 1M closed cases, and the
# bytes a closed case costs in PostgreSQL including engine history. Not a timed test: it prints figures.
#
#   bench/dashboard/run.sh            # everything: timing at both sizes, then storage per case
#   bench/dashboard/run.sh timing     # only the response times
#   bench/dashboard/run.sh storage    # only the bytes per closed case
#
# Needs root (it starts Debian's PostgreSQL 15 cluster and runs psql as postgres), Java 17, curl, jq.
# Everything goes to 127.0.0.1. Sizes and knobs: SMALL_CLOSED, SMALL_OPEN, LARGE_CLOSED, LARGE_OPEN, RUNS, WARMUP,
# E2E_CASES, BENCH_PORT, BENCH_DB, OUT, JAVA_OPTS (see README.md).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
WHAT=${1:-all}
SMALL_CLOSED=${SMALL_CLOSED:-10000}
SMALL_OPEN=${SMALL_OPEN:-1000}
LARGE_CLOSED=${LARGE_CLOSED:-1000000}
LARGE_OPEN=${LARGE_OPEN:-100000}
RUNS=${RUNS:-11}
WARMUP=${WARMUP:-10}
E2E_CASES=${E2E_CASES:-200}
DB=${BENCH_DB:-rightsdesk_bench}
BENCH_DB_BASE=$DB
ROLE=$DB
FIRST_PORT=${BENCH_PORT:-18090}
OUT=${OUT:-$(mktemp -d /tmp/rightsdesk-bench.XXXXXX)}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
mkdir -p "$OUT"

case "$WHAT" in all|timing|storage) ;; *) echo "usage: $0 [all|timing|storage]" >&2; exit 2 ;; esac
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_DB must be a plain lower-case identifier" >&2; exit 2; }
for tool in java curl jq psql pg_ctlcluster pg_lsclusters; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done

secret() { head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
DB_PASSWORD=$(secret)
ADMIN_PASSWORD=${BENCH_ADMIN_PASSWORD:-$(secret)}
log() { printf '[%s] %s\n' "$(date +%T)" "$*" | tee -a "$OUT/run.log" >&2; }

# ---------------------------------------------------------------- PostgreSQL
if [[ $(id -u) -eq 0 ]]; then
  AS_POSTGRES=(runuser -u postgres --)
else
  AS_POSTGRES=(sudo -n -u postgres)
fi
# psql as the postgres superuser; SQL comes on stdin (so the files need not be readable by postgres)
pg() { "${AS_POSTGRES[@]}" psql -X -q -v ON_ERROR_STOP=1 -p "$PGPORT" "$@"; }
pgval() { pg -At -d "$DB" -c "$1"; }

cluster_status() { pg_lsclusters -h | awk '$1 == "15" && $2 == "main" { print $4 }'; }
if [[ $(cluster_status) != online* ]]; then
  log "starting PostgreSQL 15/main"
  pg_ctlcluster --skip-systemctl-redirect 15 main start
fi
PGPORT=$(pg_lsclusters -h | awk '$1 == "15" && $2 == "main" { print $3 }')

fresh_db() {
  log "fresh database $DB (role $ROLE) on port $PGPORT"
  pg -d postgres <<SQL
DROP DATABASE IF EXISTS $DB WITH (FORCE);
DO \$\$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$ROLE') THEN
    ALTER ROLE $ROLE LOGIN PASSWORD '$DB_PASSWORD';
  ELSE
    CREATE ROLE $ROLE LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END \$\$;
CREATE DATABASE $DB OWNER $ROLE;
SQL
}

# ---------------------------------------------------------------- the app
JAR=$(ls "$REPO"/target/rightsdesk-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
if [[ -z $JAR ]]; then
  log "building the jar (mvn package -DskipTests)"
  (cd "$REPO" && { mvn -B -o -q package -DskipTests || mvn -B -q package -DskipTests; })
  JAR=$(ls "$REPO"/target/rightsdesk-*.jar | grep -v '\.original$' | head -n 1)
fi
# a private copy: a concurrent `mvn package` may rewrite target/ while we run
cp "$JAR" "$OUT/app.jar"
log "jar $JAR ($(stat -c %y "$JAR" | cut -d. -f1)); output in $OUT"

APP_PID=""
BASE=""
STARTED_PIDS=()
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_app() {
  local label=$1 port=$FIRST_PORT started
  while port_in_use "$port"; do port=$((port + 1)); done
  BASE="http://127.0.0.1:$port"
  log "starting the app ($label) on $BASE"
  started=$(date +%s)
  env -u SPRING_MAIL_HOST -u SPRING_MAIL_PORT \
    SPRING_PROFILES_ACTIVE=production \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$ROLE" \
    SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
    RIGHTSDESK_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    RIGHTSDESK_PUBLIC_BASE_URL="$BASE" \
    SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port" PORT="$port" \
    java $JAVA_OPTS -jar "$OUT/app.jar" >"$OUT/app-$label.log" 2>&1 &
  APP_PID=$!
  STARTED_PIDS+=("$APP_PID")
  for _ in $(seq 1 600); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      log "the app exited during start; last lines of $OUT/app-$label.log:"
      tail -n 40 "$OUT/app-$label.log" >&2
      APP_PID=""
      exit 1
    fi
    if curl -fsS "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      log "app up after $(($(date +%s) - started)) s (pid $APP_PID)"
      return 0
    fi
    sleep 1
  done
  log "the app did not become healthy in 600 s"
  exit 1
}

stop_app() {
  [[ -n $APP_PID ]] || return 0
  if kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the app (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}
stop_all() {   # every app this run started, by PID
  local pid
  for pid in "${STARTED_PIDS[@]}"; do APP_PID=$pid; stop_app; done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- dates the app uses
TODAY=$(TZ=Europe/London date +%F)
YEAR=${TODAY:0:4}
MONTH=$((10#${TODAY:5:2}))
QUARTER=$(((MONTH + 2) / 3))
Q_FROM=$(printf '%s-%02d-01' "$YEAR" $((3 * QUARTER - 2)))
Q_TO=$(date -d "$Q_FROM +3 months -1 day" +%F)
DOW=$(date -d "$TODAY" +%u)
DEFAULT_FROM=$(date -d "$TODAY -$((DOW - 1)) days -25 weeks" +%F)   # StatisticsFilter: 26 weeks from Monday
YEAR_FROM=$(date -d "$TODAY -1 year +1 day" +%F)
SOON=$TODAY; n=0                                                      # 5 working days on (weekends only)
while ((n < 5)); do SOON=$(date -d "$SOON +1 day" +%F); (($(date -d "$SOON" +%u) < 6)) && n=$((n + 1)); done

# ---------------------------------------------------------------- timing
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# time_pair NAME PATH KIND: the same GET on the small and the large app, alternating (so that load from
# anything else on the machine falls on both alike): WARMUP untimed rounds (a fresh JVM is several times
# slower until the JIT has compiled the path), then RUNS timed rounds. KIND is api (HTTP Basic) or web (the
# signed-in cookie jar). Median and minimum in ms go to times-LABEL.tsv.
time_pair() {
  local name=$1 path=$2 kind=$3 label r out code t size
  for label in "$SMALL_LABEL" "$LARGE_LABEL"; do
    out=$(curl -s -o "$OUT/body.tmp" -w '%{http_code}' $(curl_args "$label" "$kind") "${BASES[$label]}$path")
    if [[ $out != 200 ]]; then
      log "$name ($label): HTTP $out on warm-up ($path)"; head -c 400 "$OUT/body.tmp" >&2; echo >&2
      printf '%s\tFAILED\t\t\t\n' "$name" >>"$OUT/times-$SMALL_LABEL.tsv"
      printf '%s\tFAILED\t\t\t\n' "$name" >>"$OUT/times-$LARGE_LABEL.tsv"
      return 0
    fi
  done
  for ((r = 2; r <= WARMUP; r++)); do
    for label in "$SMALL_LABEL" "$LARGE_LABEL"; do
      curl -s -o /dev/null $(curl_args "$label" "$kind") "${BASES[$label]}$path"
    done
  done
  declare -A times sizes
  for ((r = 1; r <= RUNS; r++)); do
    for label in "$SMALL_LABEL" "$LARGE_LABEL"; do
      read -r code t size < <(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' \
        $(curl_args "$label" "$kind") "${BASES[$label]}$path")
      [[ $code == 200 ]] || log "$name ($label): HTTP $code on run $r"
      times[$label]+="$t "
      sizes[$label]=$size
    done
  done
  local med min
  for label in "$SMALL_LABEL" "$LARGE_LABEL"; do
    med=$(tr ' ' '\n' <<<"${times[$label]}" | grep . | median | awk '{ printf "%.1f", $1 * 1000 }')
    min=$(tr ' ' '\n' <<<"${times[$label]}" | grep . | sort -g | head -n 1 | awk '{ printf "%.1f", $1 * 1000 }')
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$med" "$min" "${times[$label]}" "${sizes[$label]}" >>"$OUT/times-$label.tsv"
    log "$name ($label): median $med ms, min $min ms (${times[$label]}s; ${sizes[$label]} bytes)"
  done
}

# the curl options for one app: HTTP Basic as admin, or that app's signed-in cookie jar
curl_args() {
  if [[ $2 == api ]]; then
    printf '%s\n' -u "admin:$ADMIN_PASSWORD"
  else
    printf '%s\n' -b "$OUT/cookies-$1.txt" -c "$OUT/cookies-$1.txt"
  fi
}

web_login() {
  local jar=$1 page csrf status
  rm -f "$jar"
  page=$(curl -s -c "$jar" -b "$jar" "$BASE/login")
  csrf=$(printf '%s' "$page" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
  [[ -n $csrf ]] || csrf=$(printf '%s' "$page" | sed -n 's/.*value="\([^"]*\)"[^>]*name="_csrf".*/\1/p' | head -n 1)
  [[ -n $csrf ]] || { log "no _csrf field on /login"; return 1; }
  status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode username=admin --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" \
    "$BASE/login")
  [[ $status == 302* && $status != *error* ]] || { log "form login failed: $status"; return 1; }
}

run_explain() {
  local label=$1
  pg -d "$DB" -v today="$TODAY" -v soon="$SOON" -v from="$DEFAULT_FROM" -v year_from="$YEAR_FROM" \
    -v q_from="$Q_FROM" -v q_to="$Q_TO" <"$HERE/explain.sql" >"$OUT/explain-$label.txt" 2>&1 || {
    log "EXPLAIN failed; see $OUT/explain-$label.txt"; return 0; }
  awk '/^### / { sub(/^### /, ""); name = $0 } /Execution Time:/ { printf "%s\t%s\n", name, $(NF - 1) }' \
    "$OUT/explain-$label.txt" >"$OUT/explain-$label.tsv"
}

# prepare_size LABEL CLOSED OPEN: database DB_<label> with the schema (the app creates it) and the generated cases
prepare_size() {
  local label=$1 closed=$2 open=$3 t0
  DB=$(size_db "$label")
  : >"$OUT/times-$label.tsv"
  fresh_db
  start_app "$label-schema"   # Flyway and Camunda create the schema
  stop_app
  log "generating $closed closed + $open open cases"
  t0=$(date +%s)
  pg -d "$DB" -v closed="$closed" -v open="$open" <"$HERE/generate.sql" >"$OUT/generate-$label.txt" 2>&1 || {
    log "generation failed:"; tail -n 30 "$OUT/generate-$label.txt" >&2; exit 1; }
  log "generated in $(($(date +%s) - t0)) s; VACUUM ANALYZE"
  t0=$(date +%s)
  pg -d "$DB" -c 'VACUUM (ANALYZE) information_request, case_event, case_report, case_report_day, fee_notice, reference_counter'
  log "vacuum analyze in $(($(date +%s) - t0)) s; sizes: $(pgval "SELECT string_agg(relname || ' ' || pg_size_pretty(pg_total_relation_size(oid)), ', ' ORDER BY relname) FROM pg_class WHERE relname IN ('information_request', 'case_event', 'case_report', 'case_report_day')"); database $(pgval "SELECT pg_size_pretty(pg_database_size(current_database()))")"
  pgval "SELECT status || ' ' || stage || ' ' || count(*) FROM case_report GROUP BY status, stage ORDER BY 1" >"$OUT/mix-$label.txt"
  pgval "SELECT measure || ' ' || count(*) FROM case_report_day GROUP BY measure ORDER BY 1" >"$OUT/counts-$label.txt"
}

size_db() { printf '%s_%s' "$BENCH_DB_BASE" "${1,,}"; }

# both sizes served at once, each by its own app on its own database, timed request by request in turn
bench_timing() {
  declare -gA BASES
  local label
  for label in "$SMALL_LABEL" "$LARGE_LABEL"; do
    DB=$(size_db "$label")
    start_app "$label"
    BASES[$label]=$BASE
    web_login "$OUT/cookies-$label.txt" || { log "form login failed on the $label app"; exit 1; }
  done
  time_pair "summary (default 26 weeks)" "/api/statistics/summary" api
  time_pair "summary (1 year, regime=FOI)" "/api/statistics/summary?from=$YEAR_FROM&to=$TODAY&regime=FOI" api
  time_pair "foi-quarterly.csv ($YEAR Q$QUARTER)" "/api/statistics/foi-quarterly.csv?year=$YEAR&quarter=$QUARTER" api
  time_pair "/dashboard (page)" "/dashboard" web
  time_pair "/dashboard/cases?stage=IN_PROGRESS" "/dashboard/cases?stage=IN_PROGRESS" web
  time_pair "/dashboard/cases?due=OVERDUE&page=2" "/dashboard/cases?due=OVERDUE&page=2" web
  stop_all
  for label in "$SMALL_LABEL" "$LARGE_LABEL"; do
    DB=$(size_db "$label")
    run_explain "$label"
    rm -f "$OUT/cookies-$label.txt"
  done
  rm -f "$OUT/body.tmp"
  DB=$BENCH_DB_BASE
}

# ---------------------------------------------------------------- storage per closed case
table_sizes() {   # name<TAB>bytes for our tables and the engine's, sorted by name
  pgval "SELECT c.relname || E'\t' || pg_total_relation_size(c.oid) FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname"
}
ours_and_history() {   # our tables (everything not act_*) and act_hi_*
  awk -F'\t' '$1 !~ /^act_/ || $1 ~ /^act_hi_/ { s += $2 } END { print s + 0 }' "$1"
}

e2e_task() {   # e2e_task REF TASK_KEY BODY [USER]: wait for the case's task, claim it (as USER, default admin) and complete it
  local ref=$1 key=$2 body=$3 user=${4:-admin} id="" code list=""
  for _ in $(seq 1 120); do
    list=$(curl -s -u "admin:$ADMIN_PASSWORD" \
      "$BASE/engine-rest/task?processInstanceBusinessKey=$ref&taskDefinitionKey=$key")
    id=$(jq -r 'if type == "array" then (.[0].id // empty) else empty end' <<<"$list" 2>/dev/null || true)
    [[ -n $id ]] && break
    sleep 0.5
  done
  [[ -n $id ]] || { log "$ref: no $key task after 60 s; last answer: $(head -c 300 <<<"$list")"; return 1; }
  code=$(curl -s -o "$OUT/body.tmp" -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"userId\": \"$user\"}" "$BASE/engine-rest/task/$id/claim")
  [[ $code == 204 ]] || { log "$ref: claim $key: HTTP $code $(head -c 300 "$OUT/body.tmp")"; return 1; }
  code=$(curl -s -o "$OUT/body.tmp" -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d "$body" "$BASE/engine-rest/task/$id/complete")
  [[ $code == 204 || $code == 200 ]] || { log "$ref: complete $key: HTTP $code $(head -c 300 "$OUT/body.tmp")"; return 1; }
}

# Observed on 2026-11-23 (7.24, production profile): over /engine-rest, admin (groups admins, camunda-admin) is
# not treated as an engine administrator: process-definition/count is 0 and tasks are invisible. So that the
# cases can be worked, the bench database grants admin ALL on process definitions, instances and tasks
# (three rows in act_ru_authorization, written before the "before" sizes are taken).
admin_engine_access() {
  local seen defs
  seen=$(curl -s -u "admin:$ADMIN_PASSWORD" "$BASE/engine-rest/process-definition/count" | jq -r '.count // 0')
  defs=$(pgval 'SELECT count(*) FROM act_re_procdef')
  if ((seen == 0 && defs > 0)); then
    log "admin sees $seen of $defs process definitions over /engine-rest; granting admin ALL on definitions, instances, tasks"
    pg -d "$DB" <<'SQL'
INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_)
VALUES ('bench-admin-procdef', 1, 1, NULL, 'admin', 6, '*', 2147483647),
       ('bench-admin-procinst', 1, 1, NULL, 'admin', 8, '*', 2147483647),
       ('bench-admin-task', 1, 1, NULL, 'admin', 7, '*', 2147483647);
SQL
    seen=$(curl -s -u "admin:$ADMIN_PASSWORD" "$BASE/engine-rest/process-definition/count" | jq -r '.count // 0')
    log "admin now sees $seen process definitions"
  fi
}

bench_storage() {
  local n ref refs=() t0 closed=0 failed=0
  fresh_db
  start_app storage
  sleep 5   # let the start-up jobs settle
  admin_engine_access
  pg -d "$DB" -c 'CHECKPOINT' >/dev/null
  local db_before db_after
  db_before=$(pgval 'SELECT pg_database_size(current_database())')
  table_sizes >"$OUT/tables-before.tsv"
  log "running $E2E_CASES cases end to end (intake, triage, collate, decide, prepare, sign off, send, close)"
  t0=$(date +%s)
  for ((n = 1; n <= E2E_CASES; n++)); do
    ref=$(jq -cn --arg n "$n" '{requester: {name: ("Bench requester " + $n), email: ("bench.requester" + $n + "@example.invalid")},
        description: ("Bench data " + $n + ": please send me the minutes of the governing body meetings held in 2025, with the papers tabled at each meeting and the register of attendance.")}' |
      curl -s -H 'Content-Type: application/json' -H "Idempotency-Key: bench-$n-$(secret)" --data-binary @- \
        "$BASE/api/requests" | jq -r '.reference // empty')
    [[ -n $ref ]] || { log "intake $n failed"; failed=$((failed + 1)); continue; }
    refs+=("$ref")
  done
  log "${#refs[@]} received in $(($(date +%s) - t0)) s"
  # the steps a caseworker takes in Tasklist for a plain FOI request answered in full
  local steps=(
    'Task_TriageRequest|{"variables": {"regime": {"value": "FOI", "type": "String"}, "validRequest": {"value": true, "type": "Boolean"}}}'
    'Task_CollateDocuments|{"variables": {"searchSummary": {"value": "Bench data: searched the governing body minute book and the clerk'"'"'s shared drive for 2025.", "type": "String"}}}'
    'Task_DecideDisclosure|{"variables": {"disclosure": {"value": "FULL", "type": "String"}}}'
    'Task_PrepareResponse|{"variables": {"outcome": {"value": "PROVIDED_IN_FULL", "type": "String"}, "responseText": {"value": "Bench data: thank you for your request. The minutes for each meeting in 2025 are attached, with the papers tabled and the register of attendance. If you are unhappy with this response you may ask for an internal review.", "type": "String"}}}'
    # four eyes: someone other than the author signs it off
    'Task_SignOffResponse|{"variables": {"signOff": {"value": "APPROVE", "type": "String"}, "deliveryMethod": {"value": "EMAIL", "type": "String"}}}|bench-manager'
  )
  local step key body rest user
  for step in "${steps[@]}"; do
    key=${step%%|*}
    rest=${step#*|}
    if [[ $rest == *'}|'* ]]; then user=${rest##*|}; body=${rest%|*}; else user=admin; body=$rest; fi
    for ref in "${refs[@]}"; do
      e2e_task "$ref" "$key" "$body" "$user" || failed=$((failed + 1))
      ((failed < 3)) || { log "giving up: $failed steps failed"; exit 1; }
    done
    log "$key done for ${#refs[@]} cases after $(($(date +%s) - t0)) s"
  done
  for _ in $(seq 1 600); do
    closed=$(pgval "SELECT count(*) FROM information_request WHERE status = 'CLOSED'")
    ((closed >= ${#refs[@]})) && break
    sleep 1
  done
  log "$closed of $E2E_CASES closed after $(($(date +%s) - t0)) s ($failed steps failed)"
  sleep 5   # the last jobs' history
  pg -d "$DB" -c 'CHECKPOINT' >/dev/null
  db_after=$(pgval 'SELECT pg_database_size(current_database())')
  table_sizes >"$OUT/tables-after.tsv"
  local running outbox
  running=$(pgval 'SELECT count(*) FROM act_ru_execution')
  outbox=$(pgval "SELECT string_agg(status || ' ' || n, ', ') FROM (SELECT status, count(*) n FROM outbox_message GROUP BY status) s")
  stop_app
  # the same, compacted: history rows are inserted and then updated (dead tuples) and the runtime tables are
  # empty again; in steady state autovacuum lets that space be reused, so this is the long-run lower bound
  pg -d "$DB" -c 'VACUUM FULL' >/dev/null
  local db_full
  db_full=$(pgval 'SELECT pg_database_size(current_database())')
  table_sizes >"$OUT/tables-after-vacuum-full.tsv"
  local tb ta tf
  tb=$(ours_and_history "$OUT/tables-before.tsv")
  ta=$(ours_and_history "$OUT/tables-after.tsv")
  tf=$(ours_and_history "$OUT/tables-after-vacuum-full.tsv")
  join -t $'\t' -a 2 -e 0 -o 0,1.2,2.2 "$OUT/tables-before.tsv" "$OUT/tables-after.tsv" |
    awk -F'\t' -v n="$closed" '$3 - $2 > 0 { printf "%s\t%d\t%.0f\n", $1, $3 - $2, ($3 - $2) / n }' |
    sort -t $'\t' -k2,2nr >"$OUT/tables-delta.tsv"
  {
    echo "closed cases: $closed of $E2E_CASES (process executions still running: $running; outbox: $outbox)"
    awk -v b="$db_before" -v a="$db_after" -v n="$closed" \
      'BEGIN { printf "pg_database_size delta / case: %.1f KB  (%d -> %d bytes)\n", (a - b) / n / 1024, b, a }'
    awk -v b="$tb" -v a="$ta" -v n="$closed" \
      'BEGIN { printf "our tables + act_hi_* (pg_total_relation_size) delta / case: %.1f KB  (target <= 30 KB)\n", (a - b) / n / 1024 }'
    awk -v b="$db_before" -v a="$db_full" -v tb="$tb" -v ta="$tf" -v n="$closed" \
      'BEGIN { printf "after VACUUM FULL: pg_database_size delta / case: %.1f KB; our tables + act_hi_*: %.1f KB\n", (a - b) / n / 1024, (ta - tb) / n / 1024 }'
    echo "largest growth per table before VACUUM FULL (bytes total, bytes per case):"
    head -n 15 "$OUT/tables-delta.tsv" | awk -F'\t' '{ printf "  %-32s %10d %8d\n", $1, $2, $3 }'
  } | tee "$OUT/storage.txt"
  rm -f "$OUT/body.tmp"
}

# ---------------------------------------------------------------- report
report() {
  local small=$1 large=$2
  echo
  echo "Response times (ms): median and minimum of $RUNS after $WARMUP warm-up requests, the two apps asked in"
  echo "turn; today $TODAY, $(nproc) cores"
  printf '%-40s %10s %10s %7s  %10s %10s %7s  %s\n' "query" "$small" "$large" "ratio" "min $small" "min $large" "ratio" "≤1.5×"
  join -t $'\t' <(cut -f1-3 "$OUT/times-$small.tsv" | sort -t $'\t' -k1,1) \
    <(cut -f1-3 "$OUT/times-$large.tsv" | sort -t $'\t' -k1,1) |
    awk -F'\t' '{ r = ($2 > 0 && $4 ~ /^[0-9.]+$/) ? $4 / $2 : 0; m = ($3 > 0 && $5 ~ /^[0-9.]+$/) ? $5 / $3 : 0
                  printf "%-40s %10s %10s %6.2f×  %10s %10s %6.2f×  %s\n", $1, $2, $4, r, $3, $5, m, (r > 0 && r <= 1.5) ? "ok" : "MISSED" }'
  if [[ -s $OUT/explain-$small.tsv && -s $OUT/explain-$large.tsv ]]; then
    echo
    echo "Server-side execution time of StatisticsService's SQL, EXPLAIN ANALYZE (ms)"
    printf '%-48s %10s %10s %8s\n' "statement" "$small" "$large" "ratio"
    paste "$OUT/explain-$small.tsv" "$OUT/explain-$large.tsv" |
      awk -F'\t' '{ printf "%-48s %10s %10s %7.1f×\n", $1, $2, $4, ($2 > 0) ? $4 / $2 : 0 }'
  fi
}

START=$(date +%s)
log "rightsdesk dashboard benchmark: $WHAT; small $SMALL_CLOSED+$SMALL_OPEN, large $LARGE_CLOSED+$LARGE_OPEN"
SMALL_LABEL="$((SMALL_CLOSED / 1000))k"
LARGE_LABEL=$( ((LARGE_CLOSED >= 1000000)) && echo "$((LARGE_CLOSED / 1000000))M" || echo "$((LARGE_CLOSED / 1000))k")
if [[ $WHAT == all || $WHAT == timing ]]; then
  prepare_size "$SMALL_LABEL" "$SMALL_CLOSED" "$SMALL_OPEN"
  prepare_size "$LARGE_LABEL" "$LARGE_CLOSED" "$LARGE_OPEN"
  bench_timing
fi
if [[ $WHAT == all || $WHAT == storage ]]; then
  bench_storage
fi
{
  if [[ $WHAT == all || $WHAT == timing ]]; then report "$SMALL_LABEL" "$LARGE_LABEL"; fi
  if [[ $WHAT == all || $WHAT == storage ]]; then echo; echo "Bytes per closed case ($E2E_CASES cases end to end)"; cat "$OUT/storage.txt"; fi
  echo
  echo "took $(($(date +%s) - START)) s; details in $OUT"
} | tee "$OUT/report.txt"
