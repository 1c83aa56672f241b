#!/usr/bin/env bash
# Backend half of `make dev`: builds the backend, runs it on :8080 with the local embedded database,
# and rebuilds and restarts it whenever a file under backend/src or pom.xml changes.
#
# Why not `mvn quarkus:dev`: Quarkus 3.37.3's dev mode needs io.quarkus:quarkus-devui:3.37.3, which
# the package registry reached here does not have, so dev mode cannot start. This loop gives the
# same edit-and-reload cycle for the API (a restart takes a few seconds; data stays in .data/).
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(cd .. && pwd)"
stamp="target/.dev-watch-stamp"
app=""

stop_app() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
    kill "$app"; wait "$app" 2>/dev/null
  fi
  app=""
}
trap 'stop_app; exit 0' INT TERM EXIT

build_and_start() {
  mkdir -p target && touch "$stamp"
  echo "dev: building the backend..."
  if ./mvnw -B -ntp -q package -DskipTests; then
    SAMSPIL_DATA_DIR="$root/.data/postgres" SAMSPIL_DEMO_CONTENT_ENABLED=true \
      "$JAVA_HOME/bin/java" @jvm.options -jar target/quarkus-app/quarkus-run.jar &
    app=$!
  else
    echo "dev: the build failed; fix it and save again."
  fi
}

build_and_start
while sleep 2; do
  if [ -n "$(find src pom.xml -newer "$stamp" -type f -print -quit 2>/dev/null)" ]; then
    echo "dev: change detected, restarting the backend"
    stop_app
    build_and_start
  fi
done
