# Common settings for the scripts in this directory; sourced, not run.
# Every path is derived from the repository root so the scripts work from any cwd.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
TREE=$BUILD/linux		# kernel work tree: base commit + the series
PATCHES=$TOP/patches
CONFIGS=$TOP/configs
TOPODIR=$CONFIGS/topologies
RESULTS=$BUILD/results
# What make check and make check-base boot, unless TOPOLOGIES says otherwise.
CHECK_TOPOLOGIES="1node 2node 4node fake4 64node 4node+noaliencache fake4+noaliencache 64node+noaliencache"
# Where make check runs the suite in the debug configurations as well.
DEBUG_TOPOLOGIES="4node 4node+noaliencache"
# make check-full boots the suite on these architectures of configs/arch/
# too (cross-built; plain and debug-slab), on ARCH_TOPOLOGIES.
FULL_ARCHES="arm64 ppc64le"
ARCH_TOPOLOGIES="4node 4node+noaliencache"
# The builds of configs/builds/ that make check makes; make check-full
# makes them all (the others build 6.1 as well, to compare).
CHECK_BUILDS="x86_64-maxsmp x86_64-nocpusets x86_64-nonuma x86_64-up arm64 ppc64le"
BASE_TAG=base			# tag of the unpatched base commit in $TREE
SERIES_VERSION=7		# [PATCH vN n/m] of the exported series
# Who commits in $TREE when nobody else is known (git am needs someone);
# a commit authored by it is never exported.
PLACEHOLDER_NAME="slab-fallback harness"
PLACEHOLDER_EMAIL="harness@localhost"
# Paths under build/ reach ccache relative to the build directory, so a
# clone in another folder still hits the cache.
export CCACHE_BASEDIR=$BUILD

die() {
	echo "error: $*" >&2
	exit 1
}

note() {
	echo "== $*" >&2
}

# The work tree must exist before anything but scripts/base runs.
need_tree() {
	git -C "$TREE" rev-parse -q --verify "refs/tags/$BASE_TAG" >/dev/null 2>&1 ||
		die "no kernel work tree at $TREE; run 'make base' first"
}

# A run name, TOPOLOGY[+KARG...], must name a file of configs/topologies/.
need_topology() {
	[ -f "$TOPODIR/${1%%+*}" ] ||
		die "unknown topology '${1%%+*}' (known: $(cd "$TOPODIR" && echo *))"
}

# An architecture is a file of configs/arch/ (kernel-arch:, cross:,
# packages: lines) with its KUnit options beside it, NAME.kunitconfig.
need_arch() {
	[ -f "$CONFIGS/arch/$1" ] ||
		die "unknown architecture '$1' (known: $(cd "$CONFIGS/arch" && ls | grep -v '\.' | paste -sd' '))"
}

# The value of line "$2:" of configs/arch/$1.
arch_field() {
	sed -n "s/^$2:[[:space:]]*//p" "$CONFIGS/arch/$1"
}

# Patch files in the order of record.
series_files() {
	[ -f "$PATCHES/series" ] || die "$PATCHES/series is missing"
	local p
	sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$PATCHES/series" | while read -r p; do
		[ -f "$PATCHES/$p" ] || die "$PATCHES/series names $p, which does not exist"
		echo "$PATCHES/$p"
	done
}

# A run's name: KERNEL-CONFIG, with -ARCH after it for an architecture
# other than x86_64.  Results live in build/results/<name>.
run_name() {
	echo "$1-$2$([ "${ARCH:-x86_64}" = x86_64 ] || echo "-$ARCH")"
}

# Everything built from a tree in one place: $(outdir KERNEL CONFIG).
# The base and bench kernels share a tree (see scripts/tree), so they
# share its build directory too.
outdir() {
	case $1 in
	patched) echo "$BUILD/out/patched-$2" ;;
	*) echo "$BUILD/out/alt-$2" ;;
	esac
}

# The series as applied to or exported from the work tree is recorded as
# "<hash of patches/> <commit>" so scripts can tell whether work would be lost.
STAMP_NAME=series-stamp

series_hash() {
	local files
	files=$(series_files) || return 1
	# shellcheck disable=SC2086
	cat "$PATCHES/series" $files | sha1sum | cut -d' ' -f1
}

stamp_file() {
	echo "$(git -C "$TREE" rev-parse --absolute-git-dir)/$STAMP_NAME"
}

write_stamp() {
	echo "$(series_hash) $(git -C "$TREE" rev-parse HEAD)" >"$(stamp_file)"
}

# The objects of the C files the series adds or changes, as of the tip.
series_objects() {
	git -C "$TREE" diff --name-only --diff-filter=AM "$BASE_TAG" HEAD -- '*.c' | sed 's/\.c$/.o/'
}

# The benchmarks of bench/ as one hash: scripts/tree copies them into the
# trees it prepares, scripts/bench stamps the boots made with them.
bench_source() {
	cat "$TOP"/bench/*.c | sha1sum | cut -d' ' -f1
}

# A run name TOPOLOGY[+KARG...]: its topology file, and its extra kernel
# arguments separated by spaces.
topo_file() {
	echo "${1%%+*}"
}

topo_kargs() {
	[ "${1%%+*}" = "$1" ] || echo "${1#*+}" | tr + ' '
}

# The "qemu:" or "kernel:" ($2) lines of topology $1, joined.  A line
# "qemu N-M: ..." stands for one line per number from N to M, with each @
# in it replaced by the number.
topo_args() {
	awk -v key="$2" '
	$1 == key ":" { sub(/^[^:]*:[ \t]*/, ""); printf "%s ", $0 }
	$1 == key && $2 ~ /^[0-9]+-[0-9]+:$/ {
		split(substr($2, 1, length($2) - 1), r, "-")
		sub(/^[^:]*:[ \t]*/, "")
		for (i = r[1]; i <= r[2]; i++) { l = $0; gsub(/@/, i, l); printf "%s ", l }
	}' "$TOPODIR/$1"
}
