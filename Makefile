# Two commands on a fresh machine:  `make run`  and  `make test`.
# Everything else (virtual environment, packages, libzbar0, translations) is done by scripts/setup.sh.
PY := .venv/bin/python
ARGS ?=

.PHONY: run test setup screenshots server dist dist-smoke clean

setup:
	@bash scripts/setup.sh

run: setup
	@$(PY) -m kiosk_app.cli run --profile simulated $(ARGS)

# Bytecode is written even where the environment says not to (PYTHONDONTWRITEBYTECODE): each xdist worker would
# otherwise compile the project and re-do pytest's assertion rewriting of every test module and plugin on its own.
test: setup lint
	@env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest $(ARGS)

screenshots: setup
	@$(PY) -m kiosk_app.cli screenshots --out out/screenshots $(ARGS)

# ruff (pyflakes, bugbear, isort, pyupgrade, pycodestyle errors) over the repository; mypy as configured in
# pyproject.toml (strict for kiosk_app/, devices/ and testkit/, default strictness for ui/ and server/).
.PHONY: lint
lint: setup
	@$(PY) -m ruff check .
	@$(PY) -m mypy

server: setup
	@$(PY) -m server.cli $(ARGS)

dist: setup
	@.venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.5"
	@.venv/bin/pyinstaller --noconfirm --log-level WARN kiosk.spec

dist-smoke: dist
	@bash scripts/dist-smoke.sh dist/kiosk/kiosk

clean:
	rm -rf .venv .setup-stamp resources/i18n/*.qm
