// SPDX-License-Identifier: GPL-2.0
/*
 * Cost of SLAB's NUMA fallback, relative to a local allocation measured
 * in the same boot.  Not part of the series: the harness copies it into
 * lib/tests/ of a tree for `make bench`.  Each case reports, it does not
 * judge; scripts/bench compares kernels.
 *
 * Output lines: "slab_fallback_bench: <name> <ns per allocation>".
 */

#include <kunit/test.h>
#include <linux/ktime.h>
#include <linux/mm.h>
#include <linux/nodemask.h>
#include <linux/prandom.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/topology.h>

#include "../../mm/slab.h"

#define BENCH_OBJS	2048
#define BENCH_ROUNDS	15

static void **bench_objs;

static void bench_pin(struct kunit *test, int cpu)
{
	KUNIT_ASSERT_EQ(test, set_cpus_allowed_ptr(current, cpumask_of(cpu)), 0);
}

/*
 * The memoryless node to ask for.  The case runs on a CPU of a node with
 * memory, so that the local reference is the per-cpu fast path on every
 * kernel (on x86 a CPU of a memoryless node has no local memory at all).
 */
static int bench_memless_node(struct kunit *test)
{
	int nid, cpu;

	for_each_online_cpu(cpu) {
		if (node_state(cpu_to_node(cpu), N_MEMORY))
			break;
	}
	KUNIT_ASSERT_LT(test, cpu, nr_cpu_ids);
	bench_pin(test, cpu);

	for_each_online_node(nid)
		if (!node_state(nid, N_MEMORY))
			return nid;
	kunit_skip(test, "needs a memoryless node");
	return NUMA_NO_NODE;
}

static void bench_report(struct kunit *test, const char *name, u64 ns, int n)
{
	pr_info("slab_fallback_bench: %s %llu\n", name, div_u64(ns, n));
}

/* The best of a few rounds, each @n allocations of @fn's kind. */
static u64 bench_best(u64 (*fn)(struct kmem_cache *c, int nid, int n),
		      struct kmem_cache *c, int nid, int n)
{
	u64 best = U64_MAX;
	int r;

	for (r = 0; r < BENCH_ROUNDS; r++)
		best = min(best, fn(c, nid, n));
	return best;
}

/* Local allocation and free: the per-cpu array's fast path. */
static u64 bench_local(struct kmem_cache *c, int nid, int n)
{
	u64 t = ktime_get_ns();
	int i;

	for (i = 0; i < n; i++)
		kmem_cache_free(c, kmem_cache_alloc(c, GFP_KERNEL));
	return ktime_get_ns() - t;
}

/*
 * Allocations for a memoryless node, served from partial slabs on other
 * nodes: staged by filling slabs and freeing every other object.
 */
static u64 bench_memless_partial(struct kmem_cache *c, int nid, int n)
{
	u64 t;
	int i;

	for (i = 0; i < 2 * n; i++)
		bench_objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
	for (i = 0; i < 2 * n; i += 2)
		kmem_cache_free(c, bench_objs[i]);
	kmem_cache_shrink(c);

	t = ktime_get_ns();
	for (i = 0; i < 2 * n; i += 2)
		bench_objs[i] = kmem_cache_alloc_node(c, GFP_KERNEL, nid);
	t = ktime_get_ns() - t;

	for (i = 0; i < 2 * n; i++)
		kmem_cache_free(c, bench_objs[i]);
	kmem_cache_shrink(c);
	return t;
}

/* Allocations for a memoryless node that each must grow a slab. */
static u64 bench_memless_grow(struct kmem_cache *c, int nid, int n)
{
	u64 t = ktime_get_ns();
	int i;

	for (i = 0; i < n; i++)
		bench_objs[i] = kmem_cache_alloc_node(c, GFP_KERNEL, nid);
	t = ktime_get_ns() - t;

	for (i = 0; i < n; i++)
		kmem_cache_free(c, bench_objs[i]);
	kmem_cache_shrink(c);
	return t;
}

static void bench_fallback_partial(struct kunit *test)
{
	int nid = bench_memless_node(test);
	struct kmem_cache *c = kmem_cache_create("slab_fb_bench", 64, 0,
						 SLAB_NOLEAKTRACE, NULL);
	int n = BENCH_OBJS / 2;

	KUNIT_ASSERT_NOT_NULL(test, c);
	bench_report(test, "local", bench_best(bench_local, c, nid, n), n);
	bench_report(test, "memoryless_partial",
		     bench_best(bench_memless_partial, c, nid, n), n);
	kmem_cache_destroy(c);
}

static void bench_fallback_grow(struct kunit *test)
{
	int nid = bench_memless_node(test);
	/* A page per object, one object per slab: every allocation grows. */
	struct kmem_cache *c = kmem_cache_create("slab_fb_bench_grow",
						 PAGE_SIZE, 0,
						 SLAB_NOLEAKTRACE, NULL);
	int n = BENCH_OBJS / 4;

	KUNIT_ASSERT_NOT_NULL(test, c);
	if (c->num != 1)
		kunit_skip(test, "%u objects per slab, not 1", c->num);
	bench_report(test, "local_big", bench_best(bench_local, c, nid, n), n);
	bench_report(test, "memoryless_grow",
		     bench_best(bench_memless_grow, c, nid, n), n);
	kmem_cache_destroy(c);
}

/*
 * The page allocator's part of a growth: @n pages asked for @nid, as
 * kmem_getpages() asks, then freed; the same for the local node.
 */
static u64 bench_pages(struct kmem_cache *c, int nid, int n)
{
	struct page **pages = (struct page **)bench_objs;
	u64 t = ktime_get_ns();
	int i;

	for (i = 0; i < n; i++)
		pages[i] = __alloc_pages_node(nid, GFP_KERNEL | __GFP_COMP, 0);
	t = ktime_get_ns() - t;

	for (i = 0; i < n; i++)
		if (pages[i])
			__free_pages(pages[i], 0);
	return t;
}

static void bench_page_alloc(struct kunit *test)
{
	int nid = bench_memless_node(test);
	int n = BENCH_OBJS / 4;

	bench_report(test, "page_local", bench_best(bench_pages, NULL, numa_node_id(), n), n);
	bench_report(test, "page_memoryless", bench_best(bench_pages, NULL, nid, n), n);
}

/*
 * The first CPU of a memoryless node, and the first and the last CPU of a
 * node with memory.
 */
static void bench_cpus(struct kunit *test, int *memless_cpu, int *mem_cpu,
		       int *last_mem_cpu)
{
	int cpu;

	*memless_cpu = -1;
	*mem_cpu = -1;
	for_each_online_cpu(cpu) {
		if (!node_state(cpu_to_node(cpu), N_MEMORY)) {
			if (*memless_cpu < 0)
				*memless_cpu = cpu;
			continue;
		}
		if (*mem_cpu < 0)
			*mem_cpu = cpu;
		*last_mem_cpu = cpu;
	}
	if (*memless_cpu < 0 || *mem_cpu < 0)
		kunit_skip(test, "needs a CPU of a memoryless node and one of a node with memory");
}

static int bench_cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

#define CHURN_BATCH	512

/*
 * Allocate-then-free churn without a node hint on @cpu: batches of
 * CHURN_BATCH objects, BENCH_ROUNDS rounds.  Reports the median, fastest
 * and slowest round in ns per object (one allocation and one free).
 */
static void bench_churn_on(struct kunit *test, struct kmem_cache *c, int cpu,
			   const char *name)
{
	u64 t[BENCH_ROUNDS];
	char buf[48];
	int r, i;

	bench_pin(test, cpu);
	for (r = 0; r < BENCH_ROUNDS; r++) {
		t[r] = ktime_get_ns();
		for (i = 0; i < CHURN_BATCH; i++)
			bench_objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
		for (i = 0; i < CHURN_BATCH; i++)
			kmem_cache_free(c, bench_objs[i]);
		t[r] = ktime_get_ns() - t[r];
	}
	sort(t, BENCH_ROUNDS, sizeof(t[0]), bench_cmp_u64, NULL);
	bench_report(test, name, t[BENCH_ROUNDS / 2], CHURN_BATCH);
	snprintf(buf, sizeof(buf), "%s_min", name);
	bench_report(test, buf, t[0], CHURN_BATCH);
	snprintf(buf, sizeof(buf), "%s_max", name);
	bench_report(test, buf, t[BENCH_ROUNDS - 1], CHURN_BATCH);
}

static void bench_churn(struct kunit *test)
{
	int memless_cpu, mem_cpu, last_mem_cpu;
	struct kmem_cache *c;

	bench_cpus(test, &memless_cpu, &mem_cpu, &last_mem_cpu);
	c = kmem_cache_create("slab_fb_bench_churn", 128, 0, SLAB_NOLEAKTRACE, NULL);
	KUNIT_ASSERT_NOT_NULL(test, c);
	bench_churn_on(test, c, mem_cpu, "churn_mem_cpu");
	/* Under TCG the first CPU runs faster than the others: a second one. */
	bench_churn_on(test, c, last_mem_cpu, "churn_last_mem_cpu");
	bench_churn_on(test, c, memless_cpu, "churn_memless_cpu");
	kmem_cache_destroy(c);
}

#define FRAG_ROUNDS	40
#define FRAG_ALLOC	256

/*
 * Fragmentation from fallback churn: requests for the memoryless node,
 * from its CPU and from the CPU with memory farthest from it in turn; each
 * round allocates, then frees a random third of what is live (fixed
 * seed).  After the allocations of a round, the cache is shrunk, which
 * puts the objects parked in arrays back into their slabs, and the slabs
 * it holds are set against the fewest that could hold the live objects.
 * Reports the mean and worst ratio, x1000.
 */
static void bench_fragmentation(struct kunit *test)
{
	int nid = bench_memless_node(test);
	unsigned long slabs, ratio, sum = 0, worst = 0;
	int cpus[2], live = 0, r, i, j, node, cpu, last;
	struct rnd_state rnd;
	struct kmem_cache *c;

	bench_cpus(test, &cpus[0], &cpus[1], &last);
	for_each_online_cpu(cpu)
		if (node_state(cpu_to_node(cpu), N_MEMORY) &&
		    node_distance(nid, cpu_to_node(cpu)) >
		    node_distance(nid, cpu_to_node(cpus[1])))
			cpus[1] = cpu;
	c = kmem_cache_create("slab_fb_bench_frag", 64, 0, SLAB_NOLEAKTRACE, NULL);
	KUNIT_ASSERT_NOT_NULL(test, c);
	prandom_seed_state(&rnd, 2006);
	for (r = 0; r < FRAG_ROUNDS; r++) {
		bench_pin(test, cpus[r % 2]);
		for (i = 0; i < FRAG_ALLOC && live < BENCH_OBJS; i++) {
			bench_objs[live] = kmem_cache_alloc_node(c, GFP_KERNEL, nid);
			KUNIT_ASSERT_NOT_NULL(test, bench_objs[live]);
			live++;
		}
		kmem_cache_shrink(c);
		slabs = 0;
		for_each_online_node(node)
			slabs += get_node(c, node)->total_slabs;
		ratio = slabs * 1000 / DIV_ROUND_UP(live, c->num);
		sum += ratio;
		worst = max(worst, ratio);
		for (i = live / 3; i > 0; i--) {
			j = prandom_u32_state(&rnd) % live;
			kmem_cache_free(c, bench_objs[j]);
			bench_objs[j] = bench_objs[--live];
		}
	}
	pr_info("slab_fallback_bench: frag_mean %lu\n", sum / FRAG_ROUNDS);
	pr_info("slab_fallback_bench: frag_worst %lu\n", worst);
	while (live)
		kmem_cache_free(c, bench_objs[--live]);
	kmem_cache_destroy(c);
}

static int bench_suite_init(struct kunit_suite *suite)
{
	bench_objs = kcalloc(BENCH_OBJS, sizeof(*bench_objs), GFP_KERNEL);
	return bench_objs ? 0 : -ENOMEM;
}

static void bench_suite_exit(struct kunit_suite *suite)
{
	kfree(bench_objs);
}

static struct kunit_case bench_cases[] = {
	KUNIT_CASE(bench_fallback_partial),
	KUNIT_CASE(bench_fallback_grow),
	KUNIT_CASE(bench_page_alloc),
	KUNIT_CASE(bench_churn),
	KUNIT_CASE(bench_fragmentation),
	{}
};

static struct kunit_suite bench_suite = {
	.name = "slab_fallback_bench",
	.suite_init = bench_suite_init,
	.suite_exit = bench_suite_exit,
	.test_cases = bench_cases,
};

kunit_test_suite(bench_suite);

MODULE_LICENSE("GPL");
