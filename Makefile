# unxref — build, test and demo. `make demo` and `make check` are all a new machine needs.
VERSION := 0.1.0
CC ?= cc
PKGS := igraph libcgraph libgvc jansson libutf8proc libhs
# PDF input through poppler when its development files are there (POPPLER=0: build
# without; a PDF then fails with a message saying how to convert it)
POPPLER ?= $(shell pkg-config --exists poppler-glib 2>/dev/null && echo 1 || echo 0)
ifeq ($(POPPLER),1)
PKGS += poppler-glib
PDF_DEF := -DUNXREF_POPPLER
endif
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-missing-field-initializers
CFLAGS ?= -O2 -g
ALL_CFLAGS := -std=c11 -D_GNU_SOURCE -DUNXREF_VERSION='"$(VERSION)"' $(PDF_DEF) $(WARN) $(CFLAGS) \
              $(PKG_CFLAGS) -Isrc -MMD -MP
LDLIBS := $(PKG_LIBS) -lm -lpthread
SAN := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
PREFIX ?= /usr/local
TEST_FLAGS := -Itests/unit -DSEED='"data/texts/S_RES_1456_2003.zh.txt"'

SRC := $(filter-out src/main.c,$(wildcard src/*.c))
UNIT := $(wildcard tests/unit/test_*.c)

# objects of a build flavour: $(call objs,DIR)
objs = $(patsubst src/%.c,$(1)/%.o,$(SRC)) $(1)/gazetteer_data.o $(1)/numbering_data.o $(1)/html_data.o \
       $(1)/attribution_data.o \
       $(1)/lang_data.o $(1)/openclass_data.o $(1)/litscan_data.o $(1)/gaztable_data.o
# the objects of the generators of build/litscan_data.c and build/gaztable_data.c: all but
# those two (weak symbols, absent there)
GEN_OBJS = $(filter-out build/litscan_data.o build/gaztable_data.o,$(call objs,build))

.PHONY: all check unit cli asan asan-cli location accuracy names analysis formats html-check \
        html-screenshots eval demo deps bench bench-render bench-analysis bench-big bench-dense \
        fuzz fuzz-long memcheck format install clean distributed plots pdf entities
all: unxref

unxref: $(call objs,build) build/main.o
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)
# the vectorscan databases of the built-in gazetteer and the languages, compiled once here
# by a program of the other objects (litscan.h), in every build flavour
build/litscan_gen: src/tools/litscan_gen.c $(GEN_OBJS) | build
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)
build/litscan_data.c: build/litscan_gen
	./build/litscan_gen > $@.tmp && mv $@.tmp $@
# the built-in gazetteer as it is once loaded (src/gazetteer_table.h), written once here so
# that a run does not parse and inflect data/gazetteer.tsv
build/gazetteer_gen: src/tools/gazetteer_gen.c $(GEN_OBJS) | build
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)
build/gaztable_data.c: build/gazetteer_gen
	./build/gazetteer_gen > $@.tmp && mv $@.tmp $@
# the two scanner passes alone, timed (docs/bench.md): build/scan_speed LANG FILE...
build/scan_speed: src/tools/scan_speed.c $(call objs,build) | build
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

build/%.o: src/%.c | build
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) -c -o $@ $<
# the data tables compiled in: data/gazetteer.tsv, data/numbering.tsv, data/attribution.tsv
build/%_data.c: data/%.tsv | build
	cd data && xxd -i $*.tsv > ../$@.tmp && mv ../$@.tmp ../$@
build/%_data.o: build/%_data.c
	$(CC) -c -o $@ $<
# the lexicon files (docs/lexicon.md), one per language, and their table for src/lexicon.c
# (data/lang itself: a file added or removed)
LANG_TSV := $(sort $(filter-out %.open.tsv,$(wildcard data/lang/*.tsv)))
build/lang_data.c: $(LANG_TSV) data/lang | build
	{ echo '#include "../src/lexicon.h"'; for f in $(LANG_TSV); do xxd -i $$f; done; \
	  echo 'const struct lexicon_file lexicon_files[] = {'; \
	  for f in $(LANG_TSV); do v=$$(echo $$f | tr -c 'a-zA-Z0-9\n' _); \
	      echo "    {\"$$f\", $$v, &$${v}_len},"; done; echo '    {0, 0, 0}};'; } > $@.tmp && mv $@.tmp $@
# the renderer and the page of --format html (vendor/README.md, data/html/)
HTML_EMBED := vendor/graphology/graphology.umd.min.js \
              vendor/graphology-library/graphology-library.min.js vendor/sigma/sigma.min.js \
              data/html/page.html data/html/page.css data/html/page.js
build/html_data.c: $(HTML_EMBED) | build
	for f in $(HTML_EMBED); do xxd -i $$f | sed 's/^unsigned/const unsigned/'; done > $@.tmp && mv $@.tmp $@
build/html_data.o: build/html_data.c
	$(CC) -c -o $@ $<
# the open class's word lists (src/openclass.c): data/lang/<code>.open.tsv
# and their table openclass_files[] (src/openclass.c; data/lang itself: a file added or removed)
OPEN_TSV := $(sort $(wildcard data/lang/*.open.tsv))
build/openclass_data.c: $(OPEN_TSV) data/lang | build
	{ echo '#include "../src/lexicon.h"'; for f in $(OPEN_TSV); do xxd -i $$f; done; \
	  echo 'const struct lexicon_file openclass_files[] = {'; \
	  for f in $(OPEN_TSV); do v=$$(echo $$f | tr -c 'a-zA-Z0-9\n' _); \
	      echo "    {\"$$f\", $$v, &$${v}_len},"; done; echo '    {0, 0, 0}};'; } > $@.tmp && mv $@.tmp $@
build/openclass_data.o: build/openclass_data.c
	$(CC) -c -o $@ $<
build/test_%: tests/unit/test_%.c $(call objs,build) | build
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) $(TEST_FLAGS) -o $@ $(filter %.c %.o,$^) $(LDLIBS)

# the same under AddressSanitizer + UndefinedBehaviorSanitizer
unxref-asan: $(call objs,build-asan) build-asan/main.o
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) $(SAN) -o $@ $^ $(LDLIBS)
build-asan/%.o: src/%.c | build-asan
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) $(SAN) -O1 -c -o $@ $<
build-asan/%_data.o: build/%_data.c | build-asan
	$(CC) -c -o $@ $<
build-asan/html_data.o: build/html_data.c | build-asan
	$(CC) -c -o $@ $<
build-asan/openclass_data.o: build/openclass_data.c | build-asan
	$(CC) -c -o $@ $<
build-asan/test_%: tests/unit/test_%.c $(call objs,build-asan) | build-asan
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) $(SAN) $(TEST_FLAGS) -o $@ $(filter %.c %.o,$^) $(LDLIBS)

# fuzz targets (tests/fuzz/fuzz_*.c): with libFuzzer for `make fuzz`, and with tests/fuzz/replay.c
# under the asan build so the regression inputs in tests/fuzz/regress/ run in `make asan`
FUZZ := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_CC := clang
FUZZ_SAN := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
build-fuzz/%.o: src/%.c | build-fuzz
	@echo "  CC $@"; $(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -O1 -c -o $@ $<
build-fuzz/%_data.o: build/%_data.c | build-fuzz
	$(FUZZ_CC) -c -o $@ $<
build-fuzz/html_data.o: build/html_data.c | build-fuzz
	$(FUZZ_CC) -c -o $@ $<
build-fuzz/openclass_data.o: build/openclass_data.c | build-fuzz
	$(FUZZ_CC) -c -o $@ $<
build-fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/common.c $(call objs,build-fuzz) | build-fuzz
	@echo "  CC $@"; $(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer -Ifuzz -O1 -o $@ $(filter %.c %.o,$^) $(LDLIBS)
build-asan/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/common.c tests/fuzz/replay.c $(call objs,build-asan) | build-asan
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) $(SAN) -Ifuzz -o $@ $(filter %.c %.o,$^) $(LDLIBS)

.SECONDARY: $(call objs,build-fuzz) build/gazetteer_data.c build/numbering_data.c build/lang_data.c \
            build/attribution_data.c build/gaztable_data.c
build build-asan build-fuzz:
	mkdir -p $@

# ---- tests ----
# deps first: on a new machine the compiler flags exist only once the packages do
check: deps
	@$(MAKE) --no-print-directory unit cli asan memcheck location fuzz accuracy names analysis \
	    distributed plots formats html-check pdf
	@echo "make check: all suites passed"

# … and the lines of src/ with non-ASCII string literals: at most the typography of our own
# output (issue 14; language words and the marks of the texts are data/lang/)
NONASCII_MAX := 10
unit: $(patsubst tests/unit/test_%.c,build/test_%,$(UNIT))
	@sh tests/run_unit.sh $^
	@/usr/bin/python3 scripts/nonascii.py --max $(NONASCII_MAX)

cli: unxref
	@sh tests/run_cli.sh ./unxref

SAN_ENV := ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 UBSAN_OPTIONS=print_stacktrace=1 \
           LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0
asan: asan-cli $(patsubst tests/unit/test_%.c,build-asan/test_%,$(UNIT)) \
      $(patsubst %,build-asan/replay_%,$(FUZZ))
	@$(SAN_ENV) sh tests/run_unit.sh $(patsubst tests/unit/test_%.c,build-asan/test_%,$(UNIT))
	@for t in $(FUZZ); do mkdir -p tests/fuzz/regress/$$t; \
	    $(SAN_ENV) build-asan/replay_$$t tests/fuzz/regress/$$t tests/fuzz/seeds/$$t || exit 1; done
asan-cli: unxref-asan
	@$(SAN_ENV) sh tests/run_cli.sh ./unxref-asan

# the command-line cases under valgrind memcheck: no invalid access, no leak of ours
# (tests/valgrind.supp: what Graphviz and the font stack keep until exit)
memcheck: unxref
	@SKIP_SLOW=1 sh tests/run_cli.sh tests/valgrind.sh

# the command-line suites (native, ASan, memcheck) once more from a copy of the checkout in
# a private directory (mode 0700, like root's home): cases that drop to an unprivileged user
# must not need to reach into the checkout. The copy is the working tree (tracked and
# untracked files, not the ignored ones); CORPUS is made absolute for it.
location:
	@d=$$(mktemp -d) && trap 'rm -rf "$$d"' EXIT && chmod 700 "$$d" && \
	    git ls-files -z -co --exclude-standard | xargs -0 cp --parents -t "$$d" 2>/dev/null; \
	    [ -f "$$d/Makefile" ] || { echo "location: cannot copy the checkout into $$d"; exit 1; }; \
	    echo "location: the command-line suites from $$d (mode 700)"; \
	    $(MAKE) --no-print-directory -C "$$d" CORPUS=$(abspath $(CORPUS)) cli asan-cli memcheck

# libFuzzer on each target for FUZZ_SECONDS (seeds: scripts/fuzz-seeds.py from data/ and
# a sample of $(CORPUS)); the inputs in tests/fuzz/regress/ first. A crash input lands in
# build/fuzz/crash-TARGET-*: copy it into tests/fuzz/regress/TARGET/ with the fix.
FUZZ_SECONDS ?= 20
fuzz: $(patsubst %,build-fuzz/fuzz_%,$(FUZZ))
	@rm -rf build/fuzz/seeds; mkdir -p build/fuzz
	@/usr/bin/python3 scripts/fuzz-seeds.py build/fuzz/seeds --corpus $(CORPUS)
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/run_fuzz.sh $(FUZZ)

# The gates below run on the sample corpus of scripts/gensample.py (generated texts in six
# languages with their true links, and the seed) always, and on $(CORPUS) when it is there:
# never skipped. SAMPLE: the generated corpus (sample-res/ and names/ fixtures).
SAMPLE := build/sample
$(SAMPLE)/sample-res/_links.tsv: scripts/gensample.py data/texts/S_RES_1456_2003.zh.txt | build
	@/usr/bin/python3 scripts/gensample.py $(SAMPLE)

# the long run: inputs up to 1 MiB, the dense one-line seeds of scripts/fuzz-seeds.py
# --dense (256 KiB lines of the reference lists that made the time quadratic), a timeout of
# 120 s per input (a quadratic case takes far longer), FUZZ_LONG_SECONDS per target
FUZZ_LONG_SECONDS ?= 1800
fuzz-long: $(patsubst %,build-fuzz/fuzz_%,$(FUZZ))
	@rm -rf build/fuzz/seeds; mkdir -p build/fuzz
	@/usr/bin/python3 scripts/fuzz-seeds.py build/fuzz/seeds --corpus $(CORPUS) --dense 262144
	@FUZZ_SECONDS=$(FUZZ_LONG_SECONDS) FUZZ_MAX_LEN=1048576 FUZZ_TIMEOUT=120 \
	    sh tests/run_fuzz.sh $(FUZZ)

# accuracy against the links: the gate in make check, and the full table (docs/eval.md)
# with make eval
CORPUS ?= ../shared/corpus
accuracy: unxref $(SAMPLE)/sample-res/_links.tsv
	@mkdir -p build/eval; /usr/bin/python3 scripts/eval.py --selftest >/dev/null && \
	/usr/bin/python3 scripts/eval.py --corpus $(SAMPLE) --sets sample-res --variants clean \
	    --langs zh,en,fr,es,ru,ar --min-sc-precision 0.99 --min-sc-recall 0.99 \
	    --errors-dir build/eval/errors-sample > build/eval/accuracy-sample.md && \
	grep -E '^\| sample-res \| clean \| all ' build/eval/accuracy-sample.md && \
	if [ -d "$(CORPUS)/unxml-sc-res" ]; then \
	    /usr/bin/python3 scripts/eval.py --corpus $(CORPUS) --errors-dir build/eval/errors \
	        --langs zh,en,fr,es,ru,ar --min-sc-precision 0.99 --min-sc-recall 0.99 \
	        > build/eval/accuracy.md && \
	    grep -E '^\| unxml-sc-res \| (clean|noisy) \| [a-z]+ ' build/eval/accuracy.md && \
	    echo "accuracy: 2 passed, 0 failed (sample corpus, $(CORPUS))"; \
	else echo "accuracy: 1 passed, 0 failed (sample corpus; $(CORPUS) not here)"; fi

# every metric of the graph of a corpus recomputed with python3-igraph and networkx;
# GraphML, GEXF and CSV read back (tests/analysis/check_graph.py); sampled betweenness
# recomputed from the same sources (tests/analysis/check_sampled.py): on the sample
# corpus (its sampled run forced by a small --exact-limit) and on $(CORPUS) when there;
# with $(CORPUS), the metrics of selections of the English SC resolutions recomputed on the
# selected nodes and links, and the README's graph-model table redone
# (tests/analysis/check_selection.py)
analysis: unxref $(SAMPLE)/sample-res/_links.tsv
	@n=0; for c in $(SAMPLE):4e3 $(CORPUS):2e7; do dir=$${c%:*}; lim=$${c##*:}; \
	    [ "$$dir" = "$(SAMPLE)" ] || [ -d "$$dir" ] || continue; \
	    out=build/analysis/$$(echo "$$dir" | tr -c 'a-zA-Z0-9\n' _); \
	    rm -rf $$out && \
	    ./unxref graph -q $$dir -o $$out --format json,graphml,gexf,csv && \
	    ./unxref stats --json $$out/graph.json > $$out/stats.json && \
	    /usr/bin/python3 tests/analysis/check_graph.py $$out $$out/stats.json && \
	    ./unxref graph -q --exact-limit $$lim --from $$out/graph.json \
	        -o $$out/sampled --format json && \
	    /usr/bin/python3 tests/analysis/check_sampled.py $$out/sampled || exit 1; \
	    n=$$((n + 1)); echo "analysis: $$dir checked"; done; \
	if [ -d "$(CORPUS)/unxml-sc-res" ]; then \
	    /usr/bin/python3 tests/analysis/check_selection.py ./unxref $(CORPUS) \
	        build/analysis/selection --readme README.md || exit 1; n=$$((n + 1)); fi; \
	echo "analysis: $$n passed, 0 failed"

# many machines (README "Many machines"): the GNU parallel recipe and the Hadoop-streaming
# mapper/reducer (scripts/mr-map.sh, scripts/mr-reduce.sh) give graph.json byte for byte
DIST_SETS ?= unxml-sc-res unxml-hrc
distributed: unxref $(SAMPLE)/sample-res/_links.tsv
	@if [ -d "$(CORPUS)/unxml-sc-res" ]; then \
	    sh tests/dist/run.sh ./unxref $(SAMPLE)/sample-res $(patsubst %,$(CORPUS)/%,$(DIST_SETS)); \
	else sh tests/dist/run.sh ./unxref $(SAMPLE)/sample-res; fi

# the charts of `unxref stats --plots` (gnuplot): written, well-formed, one bar or point per
# number of the same run's stats --json / graph.json (tests/plots/check.py)
PLOT_SETS ?= unxml-sc-res unxml-hrc
plots: unxref
	@if [ -d "$(CORPUS)/unxml-sc-res" ]; then \
	    /usr/bin/python3 tests/plots/check.py ./unxref $(patsubst %,$(CORPUS)/%,$(PLOT_SETS)); \
	else /usr/bin/python3 tests/plots/check.py ./unxref data/texts; fi
# the graph of $(CORPUS) (data/ without it) as Cytoscape.js JSON, Pajek and VOSviewer files,
# read by their formats' rules against graph.json and loaded by networkx and Cytoscape.js
# (build/npm, from make deps)
FORMATS_IN = $(if $(wildcard $(CORPUS)),$(CORPUS),data/)
formats: unxref
	@rm -rf build/formats && ./unxref graph -q $(FORMATS_IN) -o build/formats \
	    --format json,cyjs,pajek,vosviewer && \
	    /usr/bin/python3 tests/formats/check_formats.py build/formats build/npm/node_modules

# graph.html of the SC resolutions (data/ without the corpus) in headless Chromium, offline:
# no console error, every node drawn, search, filters, ego view on a click, label language
HTML_IN = $(if $(wildcard $(CORPUS)/unxml-sc-res),$(CORPUS)/unxml-sc-res,data/)
html-check: unxref
	@rm -rf build/html && ./unxref graph -q $(HTML_IN) -o build/html --format json,html && \
	    /usr/bin/python3 tests/html/check_html.py build/html && echo "html-check: 1 passed, 0 failed"

# docs/img/html-*.png: the screenshots of the README's section on the page
html-screenshots: unxref
	rm -rf build/html && ./unxref graph -q $(HTML_IN) -o build/html --format json,html && \
	    /usr/bin/python3 tests/html/check_html.py build/html --screenshots docs/img

# the analysis of a 100,000-node synthetic citation graph: time and memory (docs/bench-analysis.md)
bench-analysis: unxref
	sh scripts/bench_analysis.sh ./unxref 100000 8

# PDF input: 10 documents per language (unxml-sc-res, unxml-ga78; the sample corpus without
# $(CORPUS)) printed to two-column PDFs by headless Chromium at test time; fails below 99 %
# of the text versions' references in any language (tests/pdf/run.py). Needs poppler at build time.
pdf: unxref $(SAMPLE)/sample-res/_links.tsv
	@if [ "$(POPPLER)" != 1 ]; then echo "pdf: unxref built without poppler (POPPLER=0)"; exit 1; fi
	@if [ -d "$(CORPUS)/unxml-sc-res" ]; then \
	    /usr/bin/python3 tests/pdf/run.py ./unxref --corpus $(CORPUS); \
	else /usr/bin/python3 tests/pdf/run.py ./unxref --corpus $(SAMPLE) --sets sample-res; fi

# bodies and conventions on 60 hand-read corpus documents (tests/names) and on the sample
# corpus; fails below the per-language recall thresholds in tests/names/run.py; with
# $(CORPUS), the README's table of the hand-checked entity gold redone (tests/entities/run.py)
names: unxref $(SAMPLE)/sample-res/_links.tsv
	@/usr/bin/python3 tests/names/run.py ./unxref --corpus $(SAMPLE) --fixtures $(SAMPLE)/names
	@if [ -d "$(CORPUS)" ]; then /usr/bin/python3 tests/names/run.py ./unxref --corpus $(CORPUS) && \
	    /usr/bin/python3 tests/entities/run.py ./unxref --corpus $(CORPUS) --readme README.md \
	        > build/entities.md && tail -n 1 build/entities.md; \
	else echo "names: $(CORPUS) not here: the sample corpus only"; fi

# unxml-sc-res-de: German, a language added as data (data/lang/de.tsv)
EVAL_SETS ?= unxml-sc-res,unxml-ga78,unxml-hrc,unxml-ecosoc2024,unxml-sc-res-de
eval: unxref
	mkdir -p build/eval && /usr/bin/python3 tests/entities/run.py ./unxref --corpus $(CORPUS) \
	    > build/eval/entities.md
	/usr/bin/python3 scripts/eval.py --corpus $(CORPUS) --sets $(EVAL_SETS) \
	    --langs zh,en,fr,es,ru,ar,de --variants clean,noisy --cross-lang \
	    --markdown docs/eval.md --errors-dir build/eval/errors --include build/eval/entities.md

# instruments and bodies against the hand-checked entity gold of 30 corpus documents in six
# languages (tests/entities/README.md): recall, precision, one id across versions. Needs
# $(CORPUS) (exit 2 without it); not in make check, its report is part of make eval
entities: unxref
	@/usr/bin/python3 tests/entities/run.py ./unxref --corpus $(CORPUS)

# dense one-line inputs of 2, 4 and 8 MB: CPU time; fails when doubling the input more than
# ~doubles it (also part of make bench)
bench-dense: unxref
	@sh scripts/bench-dense.sh

# one big single-line file: time and peak memory (docs/robustness.md)
BIG_MB ?= 1024
bench-big: unxref
	@sh scripts/bench-big.sh $(BIG_MB)

# ---- the README's first command ----
deps:
	@sh scripts/install-deps.sh

demo: deps
	$(MAKE) unxref
	./unxref graph data/ -o graphs/ --format json,dot,svg,png
	./unxref extract data/ -o graphs/mentions.json
	@echo "demo: wrote graphs/graph.json graphs/graph.dot graphs/graph.svg graphs/graph.png graphs/mentions.json"

# speed and memory (scripts/bench.sh): docs/bench.md and the README table
BENCH_SIZES ?= 10000 100000 1000000
BENCH_REPS ?= 5
bench: unxref
	BENCH_SIZES="$(BENCH_SIZES)" BENCH_REPS=$(BENCH_REPS) CORPUS=$(CORPUS) bash scripts/bench.sh

# render times of synthetic graphs with each Graphviz engine -> docs/bench-render.md
build/bench_render: tests/bench/render.c $(call objs,build) | build
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $^ $(LDLIBS)
bench-render: build/bench_render
	sh scripts/bench_render.sh $(BENCH_RENDER_LIMIT)

format:
	clang-format -i src/*.c src/*.h tests/unit/*.c tests/unit/*.h

install: unxref
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 unxref $(DESTDIR)$(PREFIX)/bin/unxref
	install -m 644 docs/unxref.1 $(DESTDIR)$(PREFIX)/share/man/man1/unxref.1

clean:
	rm -rf build build-asan build-fuzz unxref unxref-asan

-include $(wildcard build/*.d build-asan/*.d build-fuzz/*.d)
