# Sourced by bin/* and .ci/run: pick a JDK 21+ and (for bin/*) build the executable jar when needed.

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }

# JAVA_HOME if it is a JDK 21 or newer, else the newest one under /usr/lib/jvm. Exits when there is none.
use_jdk_21_or_newer() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ]; then
    return 0
  fi
  local best="" best_major=0 home major
  for home in /usr/lib/jvm/*; do
    [ -x "$home/bin/javac" ] || continue
    major=$(java_major "$home" || echo 0)
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home"; best_major="$major"; fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer in JAVA_HOME or under /usr/lib/jvm; install one (e.g. Temurin 25)." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}

# Sets $jar to the executable jar, building it when there is none or sources changed since (or $1 = true).
application_jar() {
  local rebuild="${1:-false}"
  jar=$(ls -t target/switchboard-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)
  if $rebuild || [ -z "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
    echo "Building the application (JDK: $JAVA_HOME)..." >&2
    ./mvnw -q -B -ntp -Dmaven.test.skip=true package
    jar=$(ls -t target/switchboard-*.jar | grep -v -- '-plain\.jar$' | head -1)
  fi
}
