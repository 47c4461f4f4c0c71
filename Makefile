# Two commands for a newcomer: `make run` (set up and open the workstation) and `make test` (set up and test).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SYSTEM_STAMP := .system-packages
TS := $(wildcard resources/i18n/*/*.ts)
QM := $(TS:.ts=.qm)
# Debian 12 packages: Qt runtime, CJK font, libvlc, xorriso, Xvfb and poppler for tests and screenshots; libgcrypt
# for its fast SM3; the PostgreSQL client (pg_dump, pg_restore) for backups of a PostgreSQL catalogue; rsync, the
# backup benchmark's baseline.
DEBIAN_PACKAGES := python3-venv libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
	libxkbcommon0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 \
	libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 fonts-wqy-microhei libvlc5 vlc-plugin-base \
	vlc-plugin-video-output xorriso xvfb xauth poppler-utils p7zip-full imagemagick libgcrypt20 \
	postgresql-client clamav rsync
PYTEST_ARGS ?=
# The offscreen part runs two workers a core: many tests wait on fsync, PostgreSQL or a process they started (each
# worker has its own template catalogues and temporary folders).
PYTEST_WORKERS ?= $(shell echo $$(( $$(nproc) * 2 )))

.PHONY: run test lint bench system-packages translations clean

run: $(STAMP) translations
	$(PY) main.py

# Test files live in memory when /dev/shm has room (the suite writes a 4 GiB disc image and many small files; a
# disk spends most of that time on metadata and fsync); elsewhere in the system's temporary folder. One folder per
# checkout, so that two checkouts can test at once.
SHM_ROOM := $(shell df -k --output=avail /dev/shm 2>/dev/null | awk 'NR == 2 && $$1 > 12 * 1024 * 1024 { print "yes" }')
TEST_TMP ?= $(if $(SHM_ROOM),/dev/shm/archive-ws-tests-$(shell printf %s "$(CURDIR)" | md5sum | cut -c1-8))

TEST_TMP_ARGS = $(if $(TEST_TMP),--basetemp=$(TEST_TMP)/$(1))
TEST_ENV = $(if $(TEST_TMP),TMPDIR=$(TEST_TMP))

test: $(STAMP) translations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(if $(TEST_TMP),rm -rf $(TEST_TMP) && mkdir -p -m 0700 $(TEST_TMP))
	$(TEST_ENV) QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(PYTEST_WORKERS) -m "not xvfb" \
		$(call TEST_TMP_ARGS,offscreen) $(PYTEST_ARGS)
	$(TEST_ENV) QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" $(PY) -m pytest -q -m xvfb \
		$(call TEST_TMP_ARGS,xvfb) $(PYTEST_ARGS)
	$(if $(TEST_TMP),rm -rf $(TEST_TMP))

bench: $(STAMP) translations
	$(PY) -m bench

system-packages: $(SYSTEM_STAMP)

# Installs what is missing when run as root on Debian; elsewhere it says what to install.
$(SYSTEM_STAMP):
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then touch $@; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing && touch $@; \
	else echo "Please install these system packages: $$missing"; exit 1; fi

$(STAMP): pyproject.toml $(SYSTEM_STAMP)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]' --config-settings editable_mode=compat
	touch $@

translations: $(QM)

%.qm: %.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf $(VENV) $(SYSTEM_STAMP) $(QM)
