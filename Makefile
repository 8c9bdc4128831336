# Duiyi: `make run` starts the program on the bundled sample, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# `make run` installs the program alone; `make test` adds the test and development extras.
RUN_STAMP := $(VENV)/.installed-run
QT_DEBS := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-wqy-microhei
# The scheduling tests set the real Anki's clock with libfaketime.
TEST_DEBS := libfaketime
SCREEN_DEBS := xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0

.PHONY: run test lint pytest debs screen-debs bench screenshots clean package package-test mutants

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# An editable install leaves Duiyi's own sources uncompiled; where PYTHONDONTWRITEBYTECODE is
# set, every start would compile them again (a fifth of a cold `duiyi extract`).
$(RUN_STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	$(BIN)/python -m compileall -q duiyi db desktop >/dev/null
	touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP)
	$(BIN)/pip install -q -e '.[test,dev]'
	touch $(STAMP)

# A real window needs Qt's xcb platform libraries too (libxcb-cursor0 and the rest).
run: $(RUN_STAMP) screen-debs
	$(BIN)/duiyi --sample

# Qt needs a few system libraries even offscreen; install them when we can (root) and must.
debs:
	@missing=""; for p in $(QT_DEBS) $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else echo "Qt and the tests may need these Debian packages:$$missing (run as root or install them)"; fi; \
	fi

# Qt's libraries plus the xcb platform's and Xvfb (for a real window and the screenshots).
screen-debs:
	@missing=""; for p in $(QT_DEBS) $(SCREEN_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else echo "A window needs these Debian packages:$$missing (run as root or install them)"; fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

pytest: $(STAMP) debs
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test: lint pytest

# Mutation testing of the core modules (not in CI: hours on two cores). Prints the share of
# mutants killed per module; `make mutants MUTANTS="undo backup"` for some, MUTANTS_SAMPLE=1
# for a tenth of the mutants, MUTANTS_MINUTES=N to stop each module after N minutes. Work and
# survivor lists go to build/mutants/<module>/.
mutants: $(STAMP) debs
	$(BIN)/pip install -q 'mutmut>=3.8,<4'
	$(BIN)/python tests/mutants.py $(if $(MUTANTS_SAMPLE),--sample) \
		$(if $(MUTANTS_MINUTES),--minutes=$(MUTANTS_MINUTES)) $(MUTANTS)

bench: $(STAMP)
	for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

screenshots: $(STAMP) debs
	@if [ "$$(id -u)" = 0 ]; then missing=""; for p in $(SCREEN_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
		[ -z "$$missing" ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python -m desktop.screenshots screenshots

# The built program: PyInstaller in its own venv under build/ (not the development venv), the
# one-folder program in dist/duiyi/ with share/ (desktop entry, AppStream, MIME type, icons).
PKG_VENV := build/package-venv
PKG_STAMP := $(PKG_VENV)/.installed
DIST := dist/duiyi

$(PKG_VENV)/bin/python:
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/pip install -q --upgrade pip

$(PKG_STAMP): $(PKG_VENV)/bin/python pyproject.toml
	$(PKG_VENV)/bin/pip install -q -e '.[packaging]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP) debs
	rm -rf $(DIST) build/icons
	QT_QPA_PLATFORM=offscreen $(PKG_VENV)/bin/python packaging/make_icons.py build/icons >/dev/null
	$(PKG_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/duiyi.spec
	install -Dm644 packaging/org.duiyi.Duiyi.desktop $(DIST)/share/applications/org.duiyi.Duiyi.desktop
	install -Dm644 packaging/org.duiyi.Duiyi.metainfo.xml $(DIST)/share/metainfo/org.duiyi.Duiyi.metainfo.xml
	install -Dm644 packaging/org.duiyi.Duiyi.mime.xml $(DIST)/share/mime/packages/org.duiyi.Duiyi.xml
	mkdir -p $(DIST)/share/icons && cp -r build/icons/hicolor $(DIST)/share/icons/
	@du -sh $(DIST)

# Runs the BUILT program (not the source) with a fresh HOME, offscreen and under Xvfb (whose
# Debian packages it installs as root); `make package` first.
package-test: debs
	@if [ "$$(id -u)" = 0 ]; then missing=""; for p in $(SCREEN_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
		[ -z "$$missing" ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi
	$(PYTHON) packaging/package_test.py $(DIST)/duiyi

clean:
	rm -rf $(VENV) build dist *.egg-info
