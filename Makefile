# emcode: `make demo` and `make test` each do their own set-up on a fresh machine.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.emcode-installed
PYTEST_ARGS ?=

.PHONY: setup browser demo test test-fast smoke lint clean

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "error: $(PY) not found; install Python 3.11 or run make PY=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)
	$(BIN)/emcode assets fetch

# The HTML report is tested in a real headless browser: Debian's chromium, driven by Playwright through
# executable_path (Playwright never downloads a browser). Installed once, as root or through sudo; else a
# loud error (make test-fast runs without it).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then SUDO=""; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && command -v apt-get >/dev/null 2>&1; then SUDO="sudo"; \
	  else echo "error: the browser test needs Debian's chromium; run 'sudo apt-get install chromium' (or make test-fast)"; exit 1; fi; \
	  echo "installing chromium (apt-get) for the browser test"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

demo: setup
	$(BIN)/emcode run configs/quick.yaml --out runs/quick

smoke: setup
	$(BIN)/emcode run configs/smoke.yaml --out runs/smoke

test: setup browser
	EMCODE_REQUIRE_BROWSER=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 $(BIN)/python -m pytest -n 2 --timeout 900 -q --durations=25 $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q -m "not slow and not gpu and not network" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests perf

clean:
	rm -rf $(VENV) runs .pytest_cache
