# Starts the application jar on a free local port for a script that talks to it over HTTP, and stops it
# when the script exits. Needs bin/lib/java.sh sourced and $jar set (application_jar). Each call starts one
# more node (bin/two-nodes starts two); all of them are stopped at the end.
#
#   start_application <log file> [application arguments...]   sets $app (pid) and $port, waits until it answers
#   launch_application <log file> [application arguments...]  the same without waiting; then
#   await_application <pid> <port> <log file>                 waits until that node answers
#   api_token <client> <secret>                                  prints an access token (from the node at $port)

start_application() {
  launch_application "$@"
  await_application "$app" "$port" "$1"
}

launch_application() {
  local log="$1"; shift
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$(dirname "$log")"
  "$JAVA_HOME/bin/java" -jar "$jar" --server.port="$port" --server.address=127.0.0.1 "$@" > "$log" 2>&1 &
  app=$!
  started_apps="${started_apps:-} $app"
  trap 'for pid in $started_apps; do kill $pid 2>/dev/null || true; done
        for pid in $started_apps; do wait $pid 2>/dev/null || true; done; ${app_cleanup:-true}' EXIT
}

await_application() {
  local pid="$1" at="$2" log="$3"
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$at/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "The application did not start; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "The application did not answer within 5 minutes; see $log" >&2
  exit 1
}

api_token() {
  curl -fs -u "$1:$2" -d grant_type=client_credentials "http://127.0.0.1:$port/oauth2/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
