# klagerapport: `make help` lists the targets.
# Everything installs itself from nothing: the first target that needs the environment creates
# .venv/ with the exact versions in requirements.lock.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
YEAR     ?=
DISTRICT ?=
DATA     ?=
UTGAVE   ?=
ENDELIG  ?=

.DEFAULT_GOAL := help
.PHONY: help install report quarto-parity test lint format check-notebooks browser docs validate sample-data screenshots benchmark benchmark-preview mutation soak preview lab lock clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

install: $(STAMP) ## Create .venv/ and install the project with pinned dependencies

report: $(STAMP) ## Build the report (config.yml's district and year; YEAR=, DISTRICT=, DATA=, UTGAVE=offentlig, ENDELIG=1 override)
	$(BIN)/klagerapport build $(if $(YEAR),--year $(YEAR)) $(if $(DISTRICT),--district "$(DISTRICT)") $(if $(DATA),--data "$(DATA)") $(if $(UTGAVE),--utgave $(UTGAVE)) $(if $(ENDELIG),--endelig)

quarto-parity: report ## Render the build with the Quarto CLI and the embedded engine and compare (needs quarto on PATH; not part of make test)
	$(BIN)/python -m tools.quarto_parity $(if $(YEAR),--year $(YEAR)) $(if $(DISTRICT),--district "$(DISTRICT)") $(if $(UTGAVE),--utgave $(UTGAVE))

test: $(STAMP) lint check-notebooks browser ## Lint, check notebooks and run the whole test suite
	$(BIN)/python -m pytest

browser: $(STAMP) ## Make sure a Chromium is there for the browser tests (before the suite starts)
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then \
	  echo "browser: $$(command -v chromium || command -v chromium-browser)"; \
	elif $(BIN)/python -m playwright install chromium >/dev/null 2>&1; then \
	  echo "browser: Playwright's Chromium"; \
	else \
	  echo "No Chromium for the browser tests: install it (Debian: apt-get install chromium) and run make test again." >&2; \
	  exit 1; \
	fi

docs: $(STAMP) ## Regenerate the value-key tables in the docs from report/values.yml
	$(BIN)/python -m klagerapport.publish.contract

lint: $(STAMP) ## ruff lint and format check
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools

format: $(STAMP) ## Apply ruff's formatting and fixes
	$(BIN)/ruff format src tests benchmarks tools
	$(BIN)/ruff check --fix src tests benchmarks tools

check-notebooks: $(STAMP) ## Fail if a committed notebook carries outputs
	$(BIN)/python -m klagerapport.pipeline.hygiene notebooks

validate: $(STAMP) ## Validate the case data (DATA=, YEAR=, DISTRICT= override config.yml)
	$(BIN)/klagerapport validate $(if $(DATA),--data "$(DATA)") $(if $(YEAR),--year $(YEAR)) $(if $(DISTRICT),--district "$(DISTRICT)")

sample-data: $(STAMP) ## Regenerate the synthetic samples in data/raw/sample/ and sample-national/
	$(BIN)/python -m tools.sample_data $(if $(SEED),--seed $(SEED))
	$(BIN)/python -m tools.national_sample

screenshots: $(STAMP) browser ## The README's pictures of the report (HTML 1280/390 px, PDF pages 1-4) into docs/img/
	$(BIN)/klagerapport build --year 2019 --district Oslo --engine embedded
	$(BIN)/python -m tools.report_screenshots --build outputs/oslo/2019

benchmark: $(STAMP) ## Time the build against a naive Papermill baseline
	$(BIN)/python benchmarks/bench_build.py

soak: $(STAMP) ## 50 builds one after another on warm kernels: prints failures and hangs (goal 0 and 0)
	$(BIN)/python benchmarks/soak_kernels.py

benchmark-preview: $(STAMP) ## Time the live preview from a save to the updated page (Chromium)
	$(BIN)/python benchmarks/bench_preview.py

mutation: $(STAMP) ## Mutation testing of stats, ingest, suppression and claim rules (not in make test; MODULES= some)
	$(BIN)/python -m tools.mutation $(MODULES)

preview: $(STAMP) ## Live preview of the report while writing commentary (YEAR=, DISTRICT=)
	$(BIN)/klagerapport preview --open $(if $(YEAR),--year $(YEAR)) $(if $(DISTRICT),--district "$(DISTRICT)")

lab: $(STAMP) ## JupyterLab in the environment (its Launcher has the preview)
	$(BIN)/jupyter lab

lock: ## Re-resolve and pin every dependency into requirements.lock
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^klagerapport' > requirements.lock
	rm -rf .lock-venv

clean: ## Remove the environment and generated files (not data/raw)
	rm -rf $(VENV) outputs/*/ data/processed/*/ .pytest_cache .ruff_cache test-artifacts .mutation
