# Atlas: `make site` builds the atlas into site/, `make test` runs every test.
SWIFT ?= swift
DEB_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test check deps release clean bench-models bench

# Installs the Debian packages cmark-gfm comes from, only when missing.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

site: deps
	$(SWIFT) build -c release --product atlas
	$$($(SWIFT) build -c release --show-bin-path)/atlas build $(ATLAS_FLAGS)

check: deps
	$(SWIFT) build --product atlas
	$$($(SWIFT) build --show-bin-path)/atlas check

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

clean:
	rm -rf .build site

# Speed figures of the simulation core (release build); not part of `make test`.
bench-models: deps
	$(SWIFT) run -c release AtlasModelBenchmarks

# Atlas against Hugo on a synthetic 10,000- and 100,000-entity corpus (issue 8); not part of `make test`.
# BENCH_FLAGS: e.g. --quick (no 100,000-entity build), --pages 1000, --runs 3; see Benchmarks/README.md.
bench: deps
	SWIFT=$(SWIFT) Benchmarks/run-bench.sh $(BENCH_FLAGS)
