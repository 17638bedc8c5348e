# Install mlsd like any tool on PATH:   make install PREFIX=~/.local
# Remove it again:                      make uninstall PREFIX=~/.local
# DESTDIR is prepended to every installed path (for packaging).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# The fast build (docs/PERFORMANCE.md): release, with the Swift runtime linked in statically.
BUILD_FLAGS = -c release --static-swift-stdlib
BUILD_DIR ?= .build

BIN_DIR = $(DESTDIR)$(PREFIX)/bin
DATA_DIR = $(DESTDIR)$(PREFIX)/share/mlsd
MAN_DIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASH_DIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_DIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_DIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

# The one place the version lives is MLSD.version in Sources/mlsd/MLSD.swift.
VERSION := $(shell sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/mlsd/MLSD.swift)
RELEASE_BIN = $(BUILD_DIR)/release/mlsd
GEN_DIR = $(BUILD_DIR)/share

.PHONY: all build man completions install uninstall version clean-share

all: build

version:
	@echo $(VERSION)

build:
	$(SWIFT) build $(BUILD_FLAGS) --scratch-path $(BUILD_DIR) --product mlsd

# The man page comes from the command definitions (swift-argument-parser's generate-manual
# plugin), so it cannot drift from --help. Generated before the static build so that build's
# binary is the one installed.
man:
	mkdir -p $(GEN_DIR)/man
	$(SWIFT) package --scratch-path $(BUILD_DIR) --allow-writing-to-directory $(GEN_DIR)/man \
	    generate-manual --configuration release --output-directory $(GEN_DIR)/man

completions: build
	mkdir -p $(GEN_DIR)/completions
	$(RELEASE_BIN) --generate-completion-script bash > $(GEN_DIR)/completions/mlsd.bash
	$(RELEASE_BIN) --generate-completion-script zsh > $(GEN_DIR)/completions/_mlsd
	$(RELEASE_BIN) --generate-completion-script fish > $(GEN_DIR)/completions/mlsd.fish

install: man build completions
	install -d $(BIN_DIR) $(DATA_DIR) $(MAN_DIR) $(BASH_DIR) $(ZSH_DIR) $(FISH_DIR)
	install -m 755 $(RELEASE_BIN) $(BIN_DIR)/mlsd
	rm -rf $(DATA_DIR)/templates
	cp -R templates $(DATA_DIR)/templates
	find $(DATA_DIR)/templates -type d -exec chmod 755 {} +
	find $(DATA_DIR)/templates -type f -exec chmod 644 {} +
	install -m 644 $(GEN_DIR)/man/mlsd.1 $(MAN_DIR)/mlsd.1
	install -m 644 $(GEN_DIR)/completions/mlsd.bash $(BASH_DIR)/mlsd
	install -m 644 $(GEN_DIR)/completions/_mlsd $(ZSH_DIR)/_mlsd
	install -m 644 $(GEN_DIR)/completions/mlsd.fish $(FISH_DIR)/mlsd.fish
	@echo "mlsd $(VERSION) installed in $(DESTDIR)$(PREFIX)"

uninstall:
	rm -f $(BIN_DIR)/mlsd $(MAN_DIR)/mlsd.1 $(BASH_DIR)/mlsd $(ZSH_DIR)/_mlsd $(FISH_DIR)/mlsd.fish
	rm -rf $(DATA_DIR)
	@echo "mlsd removed from $(DESTDIR)$(PREFIX)"
