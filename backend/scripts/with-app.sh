#!/usr/bin/env bash
# Runs a command against the packaged app: starts the app on PORT with the caller's environment
# (SAMSPIL_DATA_DIR, SAMSPIL_*), waits until it is ready, runs the command, and stops the app however
# the command ends. Exits with the command's status.
# Usage: with-app.sh JAR PORT LOG SECONDS COMMAND [ARGUMENTS...]   (SECONDS: how long it may take to start)
set -u
jar=$1 port=$2 log=$3 seconds=$4
shift 4
mkdir -p "$(dirname "$log")"
# The Makefile exports JAVA_HOME (a JDK >= 21); called by hand without it, the java on PATH.
# With the JVM options every launch uses (backend/jvm.options).
PORT=$port "${JAVA_HOME:+$JAVA_HOME/bin/}java" @"$(dirname "$0")/../jvm.options" -jar "$jar" > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null' EXIT
ready() { curl -fs "http://localhost:$port/q/health/ready" > /dev/null; }
for _ in $(seq 1 "$seconds"); do
  ready && break
  kill -0 $app 2>/dev/null || { echo "The app did not start:"; tail -50 "$log"; exit 1; }
  sleep 1
done
ready || { echo "The app was not ready after $seconds s:"; tail -50 "$log"; exit 1; }
"$@"
status=$?
exit $status
