# Named jobs of the harness; each one is a small script under scripts/.
# Parameters (make VAR=value): KERNEL=patched|base  CONFIG=<configs/*.kunitconfig>
# TOPO=<configs/topologies/*> (one or more)  FILTER=<kunit glob>  KARGS=<kernel args>
# ARCH=<configs/arch/*> (kunit, check-base; default x86_64)

KERNEL ?= patched
CONFIG ?= slab
TOPO ?= 4node
TOPOLOGIES ?= $(shell bash -c '. scripts/lib.sh && echo "$$CHECK_TOPOLOGIES"')
FILTER ?= slab_fallback
export KERNEL CONFIG TOPOLOGIES FILTER KARGS KSRC
# The results of a run: build/results/$(RUN)/, named as scripts/lib.sh does.
RUN = $$(bash -c '. scripts/lib.sh && run_name $(1) $(CONFIG)')

S := scripts

.PHONY: all deps base apply export export-check checkpatch dropin docs bisect configs kunit check check-full check-base upstream bench

# The main job: set everything up, run the fallback suite on 4node, summarise.
all: apply
	@$(S)/kunit 4node; rc=$$?; \
	$(S)/summary $(call RUN,$(KERNEL)) 4node; exit $$rc

deps:
	@$(S)/deps

base: deps
	@$(S)/base

apply: base
	@$(S)/apply

export:
	@$(S)/export

export-check:
	@$(S)/export --check

checkpatch:
	@$(S)/checkpatch

# quilt push -a, patch -p1 and git am of patches/ on fresh copies of 6.1.
dropin: apply
	@$(S)/dropin

# kernel-doc -none (the series against 6.1) and make htmldocs SPHINXDIRS=mm.
docs: apply
	@$(S)/docs

bisect:
	@$(S)/bisect

# mm/slab.o and the suite in the configurations of configs/builds/:
# make configs BUILDS="arm64 ppc64le"
configs: apply
	@$(S)/configs $(BUILDS)

# One suite on one or more topologies: make kunit TOPO=fake4 FILTER=slab_fallback
kunit:
	@$(S)/kunit $(TOPO); rc=$$?; $(S)/summary $(call RUN,$(KERNEL)) $(TOPO); exit $$rc

check:
	@$(S)/check

# check, and what does not fit in CI's time: KASAN+KFENCE, the upstream
# suites on the series and on 6.1, each patch booted on its own.
check-full:
	@$(S)/check --full

# KASAN's, KFENCE's and test_meminit's suites on the series and on 6.1.
upstream: apply
	@$(S)/upstream

# The series' tests against the unpatched allocator: which cases fail there.
# Exits non-zero when a case fails there, which the new-behaviour cases do.
check-base: apply
	@KERNEL=base $(S)/kunit $(TOPOLOGIES); rc=$$?; \
	$(S)/compare.py build/results $(call RUN,patched),$(call RUN,base) $(TOPOLOGIES); \
	$(S)/summary $(call RUN,base) $(TOPOLOGIES); exit $$rc

# The workloads W1-W7 on 6.1's SLAB, the series and 6.1's SLUB, BENCH_BOOTS
# boots each; W=w1..w7 runs one.  `scripts/bench --table` reprints the table.
bench: apply
	@W=$(W) $(S)/bench
