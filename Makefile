# Regenerate the extractions: `make`. Run the tests: `make test`.
# Any folder: `make RAW=<dir> OUT=<dir>`. Parallel jobs: `make JOBS=N`.
# Another spaCy model: `make MODEL=<package name>` (see README).

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
RAW    ?= raw
OUT    ?= extracted
JOBS   ?= $(shell nproc 2>/dev/null || echo 1)
MODEL  ?=
BUILD  ?= build
MODEL_ARG := $(if $(MODEL),--model $(MODEL),)
# Dask cluster for the tag stage: SCHEDULER=tcp://host:8786 or SCHEDULER=local:N (see README)
SCHEDULER ?=
SCHED_ARG := $(if $(SCHEDULER),--scheduler $(SCHEDULER),)
DASK_DEP  := $(if $(SCHEDULER),$(VENV)/.dask-installed,)

# every source file of the package, subpackages included (find prints paths without quoting: none has a space)
CODE   := $(shell find pipeline -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
STAMP  := $(BUILD)/stamps/$(subst /,_,$(abspath $(OUT))).stamp
PRUNE  ?=
PRUNE_ARG := $(if $(PRUNE),--prune,)
# Raw file names never reach a recipe or a prerequisite (a name may hold spaces,
# ';', '|', ':' or be a dangling symlink): find prints one 'x' when anything in
# RAW or OUT (review pages aside) is newer than the stamp, and the run is forced
# then; Python decides what changed, by content. A missing documents.jsonl or
# stamp forces it too, so deleted or edited outputs are regenerated.
STALE  := $(if $(wildcard $(STAMP)),$(shell find '$(RAW)' '$(OUT)' -path '$(OUT)/review' -prune -o -newer '$(STAMP)' -printf x -quit 2>/dev/null),x)
MISSING := $(if $(wildcard $(OUT)/documents.jsonl),,x)
INPUTS := $(CODE) $(wildcard models/*) $(if $(STALE)$(MISSING),FORCE)

.PHONY: FORCE all extract test eval diff review review-serve tables bench add unknown-orgs train clean distclean
.DELETE_ON_ERROR:

all: extract

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	-git config diff.extraction.textconv "$(VENV)/bin/python -m pipeline diff --textconv" 2>/dev/null
	touch $@

# the optional [dask] extra, on top of requirements.lock (tests and SCHEDULER= runs)
$(VENV)/.dask-installed: $(VENV)/.installed requirements-dask.lock
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-dask.lock
	touch $@

extract: $(STAMP)

# One target per output folder: the Python run reprocesses only statements
# whose raw text, sidecar, code or models changed (content hashes in $(BUILD)),
# loads the spaCy model only when something must be tagged, and the stamp is
# touched only when every file succeeded. The tables are rebuilt from the
# outputs even when a statement failed (they would be stale otherwise), and so
# are the threads (the corpus stage, from extracted/: no statement is re-tagged).
$(STAMP): $(VENV)/.installed $(DASK_DEP) $(INPUTS)
	@mkdir -p $(dir $@)
	@status=0; $(PY) -m pipeline run --raw '$(RAW)' --out '$(OUT)' --build '$(BUILD)' --jobs $(JOBS) \
	    $(MODEL_ARG) $(PRUNE_ARG) $(SCHED_ARG) || status=$$?; \
	if [ -e '$(OUT)/documents.jsonl' ]; then $(PY) -m pipeline tables --out '$(OUT)' || exit 1; \
	    $(PY) -m pipeline threads --out '$(OUT)' || exit 1; fi; \
	exit $$status
	@touch $@

FORCE:

test: $(VENV)/.installed $(VENV)/.dask-installed
	$(PY) -m pytest -q tests

# The tools read what the extraction wrote: a statement that fails is reported by the
# extraction (and its exit status), and the tools still run on every other statement.
EXTRACT_ANYWAY = -@$(MAKE) --no-print-directory extract

# tests/written holds statements written in the manner of unseen publishers, with their own raw folder
eval: $(VENV)/.installed
	$(EXTRACT_ANYWAY)
	-@$(MAKE) --no-print-directory extract RAW=tests/written/raw OUT='$(BUILD)/written'
	-@if [ -d tests/heldout/raw ]; then $(MAKE) --no-print-directory extract RAW=tests/heldout/raw OUT='$(BUILD)/heldout'; fi
	$(PY) -m pipeline eval --raw $(RAW) --out $(OUT) --written-out '$(BUILD)/written' --heldout-out '$(BUILD)/heldout'

# exit status 1 means "something changed"; make reports it without stopping
diff: $(VENV)/.installed
	-$(PY) -m pipeline diff $(A) $(B)

# SINCE: mark changes since this git revision (default HEAD: the committed OUT; none: no marks)
SINCE ?= HEAD
PORT  ?= 8765
review: $(VENV)/.installed
	$(EXTRACT_ANYWAY)
	$(PY) -m pipeline review --raw $(RAW) --out $(OUT) --since $(SINCE)

# the same pages on 127.0.0.1:$(PORT) with accept/reject/fix-name actions (models/corrections.jsonl)
review-serve: $(VENV)/.installed
	$(EXTRACT_ANYWAY)
	$(PY) -m pipeline review --raw $(RAW) --out $(OUT) --since $(SINCE) --serve --port $(PORT)

tables: $(STAMP)

unknown-orgs: $(VENV)/.installed
	$(EXTRACT_ANYWAY)
	$(PY) -m pipeline unknown-orgs --out $(OUT)

add: $(VENV)/.installed
	$(PY) -m pipeline add $(FILE) --raw $(RAW) $(if $(DATE),--date $(DATE),) $(if $(TITLE),--title "$(TITLE)",)

bench: $(VENV)/.installed $(VENV)/.dask-installed
	$(PY) -m pipeline bench --raw $(RAW) --jobs $(JOBS) $(MODEL_ARG)

# models/topic_model.json from the answers gold (dev and written, never blind); same gold, same bytes
train: $(VENV)/.installed
	$(PY) -m pipeline train-topics

clean:
	rm -rf $(BUILD)

distclean: clean
	rm -rf $(VENV)
