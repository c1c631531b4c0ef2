# Starts the application jar on a free local port for a script that talks to it over HTTP, and stops it
# when the script exits. Needs bin/lib/java.sh sourced and $jar set (application_jar).
#
#   start_application <log file> [application arguments...]   sets $app (pid) and $port
#   api_token <client> <secret>                                  prints an access token

start_application() {
  local log="$1"; shift
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$(dirname "$log")"
  "$JAVA_HOME/bin/java" -jar "$jar" --server.port="$port" --server.address=127.0.0.1 "$@" > "$log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; ${app_cleanup:-true}' EXIT
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 $app 2>/dev/null || { echo "The application did not start; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "The application did not answer within 3 minutes; see $log" >&2
  exit 1
}

api_token() {
  curl -fs -u "$1:$2" -d grant_type=client_credentials "http://127.0.0.1:$port/oauth2/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
