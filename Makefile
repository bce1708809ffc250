# Mend: `make run` to chat, `make test` to check everything. Works from a fresh clone.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

VENV := .venv
PY := $(VENV)/bin/python
RASA := $(PY) -m rasa
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
SPACY_MODEL := build/spacy/en_mend/meta.json
HORSEMEN_MODEL := build/horsemen_model/model.json
WEB_DEPS := web/node_modules/socket.io-client/dist/socket.io.min.js
MODEL := models/mend.tar.gz
TRAINING_INPUTS := config.yml $(wildcard domain/*.yml) $(shell find data -name '*.yml') \
	$(wildcard bot/nlu/*.py) $(SPACY_MODEL) $(HORSEMEN_MODEL)
PORT ?= 5005
ACTIONS_PORT ?= 5055

.PHONY: help install spacy web chromium train run shell validate test test-unit test-stories test-e2e eval bench clean

help:
	@echo "make run     set up, train if needed, and start Mend (prints where to chat)"
	@echo "make test    set up, train if needed, and run every test"
	@echo "make train   train the model when data or config changed"
	@echo "make shell   chat with Mend in the terminal"
	@echo "make eval    accuracy benchmarks (NLU, topic routing, safety, anonymiser)"

$(STAMP): requirements.lock pyproject.toml scripts/find-python310.sh
	@set -e; \
	if [ ! -x $(PY) ]; then \
	  python310=$$(scripts/find-python310.sh); \
	  echo "Creating $(VENV) with $$python310"; \
	  "$$python310" -m venv $(VENV); \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-*; touch $@

install: $(STAMP)

$(SPACY_MODEL): $(STAMP) bot/nlu/spacy_model.py
	$(PY) -m bot.nlu.spacy_model

spacy: $(SPACY_MODEL)

# The learned complement to the horsemen rules (bot.language.learned), fitted on the labelled
# tuning sets in tests/data (never the held-out ones); data only, a few seconds.
$(HORSEMEN_MODEL): $(SPACY_MODEL) bot/language/learned.py $(wildcard tests/data/language_skills*.yml)
	$(PY) -m bot.language.learned

# The widget's socket.io client, pinned by web/package-lock.json.
$(WEB_DEPS): web/package.json web/package-lock.json
	@command -v npm >/dev/null || { echo "error: npm is needed for the web widget (apt-get install npm)"; exit 1; }
	cd web && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

web: $(WEB_DEPS)

# Browser tests drive Debian's Chromium (Playwright never downloads a browser here).
chromium:
	@command -v chromium >/dev/null || { \
	  [ "$$(id -u)" = 0 ] || { echo "error: install Debian's chromium (apt-get install chromium)"; exit 1; }; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# `make validate` checks the data (and `make test` runs it first), so training skips Rasa's
# second pass over the same files: about 15 s of the ~40 s a cold training run took.
$(MODEL): $(STAMP) $(TRAINING_INPUTS)
	$(RASA) train --domain domain --config config.yml --data data --out models \
		--fixed-model-name mend --quiet --skip-validation
	@touch $@

train: $(MODEL)

run: $(MODEL) $(WEB_DEPS)
	@echo "Starting Mend. Chat at http://localhost:$(PORT)/ once it says it is ready. Ctrl-C stops it."
	$(VENV)/bin/mend serve --port $(PORT) --actions-port $(ACTIONS_PORT)

shell: $(MODEL)
	$(VENV)/bin/mend shell --port $(PORT) --actions-port $(ACTIONS_PORT)

validate: $(STAMP)
	$(RASA) data validate --domain domain --data data --config config.yml --fail-on-warnings

test-unit: $(STAMP) $(SPACY_MODEL) $(HORSEMEN_MODEL)
	$(PY) -m pytest -m "not e2e and not model" -q

test-stories: $(MODEL)
	$(RASA) test core --model $(MODEL) --stories tests/stories --out results/core \
		--fail-on-prediction-errors

test-e2e: $(MODEL) $(WEB_DEPS) chromium
	$(PY) -m pytest -m "e2e or model" -q

test: validate test-unit test-stories test-e2e

eval: $(MODEL)
	$(PY) -m bot.evaluation.nlu_cross_validation
	$(PY) -m bot.evaluation.topic_routing
	$(PY) -m bot.evaluation.safety
	$(PY) -m bot.evaluation.pii
	$(PY) -m bot.evaluation.language_skills

# Trains Mend and stock Rasa (DIET + TED) from a cold cache and serves both: slow (tens of
# minutes on 2 cores). BENCH_CONVERSATIONS / BENCH_CONCURRENCY shrink it for a quick look.
bench: $(STAMP) $(SPACY_MODEL) $(HORSEMEN_MODEL)
	$(PY) -m bot.evaluation.latency

clean:
	rm -rf $(VENV) build models results .mend
