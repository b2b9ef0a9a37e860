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
#include <linux/slab.h>
#include <linux/topology.h>

#include "../../mm/slab.h"

#define BENCH_OBJS	2048
#define BENCH_ROUNDS	15

static void **bench_objs;

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
	KUNIT_ASSERT_EQ(test, set_cpus_allowed_ptr(current, cpumask_of(cpu)), 0);

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
