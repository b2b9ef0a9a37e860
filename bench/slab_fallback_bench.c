// SPDX-License-Identifier: GPL-2.0
/*
 * Benchmarks for SLAB's NUMA fallback, the same source on 6.1's SLAB, on
 * the series and on SLUB.  Not part of the series: the harness copies it
 * into lib/tests/ of a tree for `make bench`.  Each case reports, it does
 * not judge; scripts/bench sets each figure against a reference measured
 * in the same boot and compares kernels.
 *
 * One case per workload of the benchmark (w1_...w6_; w7 is hackbench in
 * a full kernel, see scripts/hackbench).  Output lines are
 *	"slab_fallback_bench: <name> <value>"
 * each value the median of BENCH_ROUNDS rounds (W1 says what it sums
 * instead), times in ns per object unless said otherwise.
 */

#include <kunit/test.h>
#include <linux/completion.h>
#include <linux/jhash.h>
#include <linux/kthread.h>
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
/* Objects the timed part of a round allocates, over all its threads. */
#define BENCH_ALLOCS	1024
#define BENCH_THREADS	4

/* Staged objects, and the objects a round's timed part allocates. */
static void **bench_objs, **bench_out;

/* A case's caches (test->priv): .exit destroys them, also on a failure. */
#define BENCH_CACHES	3
struct bench_caches {
	struct kmem_cache *c[BENCH_CACHES];
};

static void bench_pin(struct kunit *test, int cpu)
{
	KUNIT_ASSERT_EQ(test, set_cpus_allowed_ptr(current, cpumask_of(cpu)), 0);
}

static void bench_report(const char *name, u64 value)
{
	pr_info("slab_fallback_bench: %s %llu\n", name, value);
}

static int bench_cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

static u64 bench_median(u64 *v)
{
	sort(v, BENCH_ROUNDS, sizeof(*v), bench_cmp_u64, NULL);
	return v[BENCH_ROUNDS / 2];
}

static u64 bench_min(u64 *v)
{
	sort(v, BENCH_ROUNDS, sizeof(*v), bench_cmp_u64, NULL);
	return v[0];
}

/* Whether a timed loop got every object: a NULL would void its time. */
static void bench_check_objs(struct kunit *test, int n)
{
	int i;

	for (i = 0; i < n; i++)
		KUNIT_ASSERT_NOT_NULL(test, bench_objs[i]);
}

/* A memoryless node, or NUMA_NO_NODE. */
static int bench_memless_node(void)
{
	int nid;

	for_each_online_node(nid)
		if (!node_state(nid, N_MEMORY))
			return nid;
	return NUMA_NO_NODE;
}

/*
 * The first CPU of a memoryless node, and the first and the last CPU of a
 * node with memory (-1 where there is none).  Under TCG the first CPU runs
 * faster than the others, so figures of a single CPU are set against the
 * first and against the last.
 */
static void bench_cpus(int *memless_cpu, int *mem_cpu, int *last_mem_cpu)
{
	int cpu;

	*memless_cpu = -1;
	*mem_cpu = -1;
	*last_mem_cpu = -1;
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
}

/*
 * Cases that ask for the memoryless node run on the first CPU of a node
 * with memory, so that the local reference is SLAB's usual path on every
 * kernel (on x86 a CPU of a memoryless node has no local memory at all).
 */
static int bench_memless_setup(struct kunit *test)
{
	int nid = bench_memless_node(), memless_cpu, mem_cpu, last;

	bench_cpus(&memless_cpu, &mem_cpu, &last);
	if (nid == NUMA_NO_NODE || mem_cpu < 0)
		kunit_skip(test, "needs a memoryless node and a CPU of a node with memory");
	bench_pin(test, mem_cpu);
	return nid;
}

/* Slabs @c holds, on every node (SLUB counts them with SLUB_DEBUG). */
static unsigned long bench_slabs(struct kmem_cache *c)
{
	unsigned long slabs = 0;
	int node;

	for_each_online_node(node) {
		struct kmem_cache_node *n = get_node(c, node);

		if (!n)
			continue;
#if defined(CONFIG_SLAB)
		slabs += n->total_slabs;
#elif defined(CONFIG_SLUB_DEBUG)
		slabs += atomic_long_read(&n->nr_slabs);
#endif
	}
	return slabs;
}

/* Objects a slab of @c holds, @obj being one of them. */
static unsigned int bench_per_slab(struct kmem_cache *c, void *obj)
{
#ifdef CONFIG_SLAB
	return c->num;
#else
	return virt_to_slab(obj)->objects;
#endif
}

/* The fewest slabs of @c that hold @live objects, @obj being one. */
static unsigned long bench_slabs_needed(struct kmem_cache *c, void *obj, int live)
{
	return DIV_ROUND_UP(live, bench_per_slab(c, obj));
}

/*
 * A cache of its own: SLAB_NOLEAKTRACE also keeps it from being merged
 * with a kmalloc cache, whose slabs would count with it.
 */
static struct kmem_cache *bench_cache(struct kunit *test, unsigned int size)
{
	struct bench_caches *bc = test->priv;
	int i = 0;

	if (IS_ENABLED(CONFIG_SLUB) && !IS_ENABLED(CONFIG_SLUB_DEBUG))
		kunit_skip(test, "SLUB counts slabs only with SLUB_DEBUG");
	while (i < BENCH_CACHES && bc->c[i])
		i++;
	KUNIT_ASSERT_LT(test, i, BENCH_CACHES);
	bc->c[i] = kmem_cache_create("slab_fb_bench", size, 0, SLAB_NOLEAKTRACE, NULL);
	KUNIT_ASSERT_NOT_NULL(test, bc->c[i]);
	return bc->c[i];
}

/*
 * A round: objects allocated by @threads CPUs at once, BENCH_ALLOCS in
 * all, each asked for @nid (NUMA_NO_NODE: no node hint).  A single thread
 * is the case's own task on its CPU; several are kthreads on the first
 * online CPUs, which start together and are timed from the first start
 * to the last end while the case's task waits.
 */
struct bench_round {
	struct kmem_cache *c;
	int nid;
	int per_thread;
	int threads;
	atomic_t ready;
	atomic_t left;
	struct completion done;
	u64 start[BENCH_THREADS];
	u64 end[BENCH_THREADS];
};

struct bench_thread {
	struct bench_round *round;
	int idx;
};

static void bench_thread_allocs(struct bench_round *r, int idx)
{
	void **out = bench_out + idx * r->per_thread;
	int i;

	r->start[idx] = ktime_get_ns();
	for (i = 0; i < r->per_thread; i++)
		out[i] = kmem_cache_alloc_node(r->c, GFP_KERNEL, r->nid);
	r->end[idx] = ktime_get_ns();
}

static int bench_thread_fn(void *arg)
{
	struct bench_thread *t = arg;
	struct bench_round *r = t->round;

	/* Each thread has a CPU of its own: spin until all are there. */
	atomic_inc(&r->ready);
	while (atomic_read(&r->ready) < r->threads) {
		cond_resched();
		cpu_relax();
	}
	bench_thread_allocs(r, t->idx);
	if (atomic_dec_and_test(&r->left))
		complete(&r->done);
	return 0;
}

/* The timed part of a round: its wall time in ns. */
static u64 bench_round_allocs(struct kunit *test, struct bench_round *r)
{
	struct task_struct *task[BENCH_THREADS];
	struct bench_thread t[BENCH_THREADS];
	u64 start = U64_MAX, end = 0;
	int i, n = 0, cpu;

	BUILD_BUG_ON(BENCH_ALLOCS % BENCH_THREADS);
	r->per_thread = BENCH_ALLOCS / r->threads;
	if (r->threads == 1) {
		bench_thread_allocs(r, 0);
		return r->end[0] - r->start[0];
	}
	atomic_set(&r->ready, 0);
	atomic_set(&r->left, r->threads);
	init_completion(&r->done);
	/* All or none: a thread that started waits for the others. */
	for_each_online_cpu(cpu) {
		if (n == r->threads)
			break;
		t[n].round = r;
		t[n].idx = n;
		task[n] = kthread_create(bench_thread_fn, &t[n], "slab_fb_bench/%d", cpu);
		if (IS_ERR(task[n]))
			break;
		kthread_bind(task[n], cpu);
		n++;
	}
	if (n < r->threads) {
		while (n--)
			kthread_stop(task[n]);
		KUNIT_ASSERT_FAILURE(test, "cannot start %d threads", r->threads);
	}
	for (i = 0; i < n; i++)
		wake_up_process(task[i]);
	wait_for_completion(&r->done);
	for (i = 0; i < r->threads; i++) {
		start = min(start, r->start[i]);
		end = max(end, r->end[i]);
	}
	return end - start;
}

enum bench_stage {
	BENCH_EMPTY,	/* no free object anywhere: allocations must grow */
	BENCH_HOLES,	/* slabs of the local node, every other object free */
};

/*
 * One round on @c: stage it, time the allocations, count the slabs it
 * holds beyond the fewest that hold its live objects (after a shrink,
 * which puts objects parked in arrays back), free everything.
 */
static u64 bench_round(struct kunit *test, struct kmem_cache *c,
		       enum bench_stage stage, int nid, int threads,
		       unsigned long *extra)
{
	struct bench_round r = { .c = c, .nid = nid, .threads = threads };
	int staged = stage == BENCH_HOLES ? 2 * BENCH_ALLOCS : 0;
	int i, live = 0;
	long slabs;
	u64 t;

	for (i = 0; i < staged; i++)
		bench_objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
	for (i = 0; i < staged; i += 2)
		kmem_cache_free(c, bench_objs[i]);
	kmem_cache_shrink(c);

	t = bench_round_allocs(test, &r);

	for (i = 1; i < staged; i += 2)
		bench_objs[live++] = bench_objs[i];
	for (i = 0; i < BENCH_ALLOCS; i++) {
		KUNIT_EXPECT_NOT_NULL(test, bench_out[i]);
		if (bench_out[i])
			bench_objs[live++] = bench_out[i];
	}
	kmem_cache_shrink(c);
	if (extra && live) {
		/* SLUB's slabs of a fallback order hold fewer objects. */
		slabs = (long)bench_slabs(c) -
			(long)bench_slabs_needed(c, bench_objs[0], live);
		*extra = max(slabs, 0L);
	}
	while (live)
		kmem_cache_free(c, bench_objs[--live]);
	kmem_cache_shrink(c);
	return t;
}

/*
 * BENCH_ROUNDS rounds; reports "<name>" (ns per object) and, with
 * @extra_name, "<extra_name>" (slabs beyond the fewest), each the median.
 */
static void bench_rounds(struct kunit *test, struct kmem_cache *c,
			 enum bench_stage stage, int nid, int threads,
			 const char *name, const char *extra_name)
{
	u64 t[BENCH_ROUNDS], x[BENCH_ROUNDS];
	unsigned long extra = 0;
	int r;

	for (r = 0; r < BENCH_ROUNDS; r++) {
		t[r] = bench_round(test, c, stage, nid, threads, &extra);
		x[r] = extra;
	}
	bench_report(name, div_u64(bench_median(t), BENCH_ALLOCS));
	if (extra_name)
		bench_report(extra_name, bench_median(x));
}

/*
 * W1: fragmentation from fallback churn.  Requests for the memoryless
 * node, from its CPU and from the CPU with memory farthest from it in
 * turn, in three sizes.  Each round allocates, in each size, FRAG_EXTRA
 * objects more than the last round freed, so more than the holes a
 * perfect allocator would have, in random order, then frees a random
 * third of what is live (fixed seed).  After the allocations of a round
 * the caches are shrunk, which puts objects parked in arrays back, and
 * the slabs they hold are set against the fewest that could hold the
 * live objects.  Reports both summed over the rounds (frag_slabs,
 * frag_need), so that the small first rounds weigh little, and the worst
 * round's ratio x1000 (frag_worst).
 */
#define FRAG_ROUNDS	40
#define FRAG_EXTRA	16
#define FRAG_SIZES	BENCH_CACHES

static void w1_fragmentation(struct kunit *test)
{
	static const unsigned int sizes[FRAG_SIZES] = { 64, 192, 512 };
	unsigned long slabs, need, sum_slabs = 0, sum_need = 0, worst = 0;
	int nid = bench_memless_setup(test);
	int quota[FRAG_SIZES], freed[FRAG_SIZES] = { 0 };
	int cpus[2], live = 0, left, r, i, j, s, cpu, last;
	u8 *size_of = kunit_kzalloc(test, BENCH_OBJS, GFP_KERNEL);
	struct kmem_cache *c[FRAG_SIZES];
	struct rnd_state rnd;

	KUNIT_ASSERT_NOT_NULL(test, size_of);
	bench_cpus(&cpus[0], &cpus[1], &last);
	if (cpus[0] < 0)
		kunit_skip(test, "needs a CPU of the memoryless node");
	for_each_online_cpu(cpu)
		if (node_state(cpu_to_node(cpu), N_MEMORY) &&
		    node_distance(nid, cpu_to_node(cpu)) >
		    node_distance(nid, cpu_to_node(cpus[1])))
			cpus[1] = cpu;
	for (s = 0; s < FRAG_SIZES; s++)
		c[s] = bench_cache(test, sizes[s]);
	prandom_seed_state(&rnd, 2006);
	for (r = 0; r < FRAG_ROUNDS; r++) {
		bench_pin(test, cpus[r % 2]);
		left = 0;
		for (s = 0; s < FRAG_SIZES; s++) {
			quota[s] = freed[s] + FRAG_EXTRA;
			left += quota[s];
			freed[s] = 0;
		}
		KUNIT_ASSERT_LE(test, live + left, BENCH_OBJS);
		for (; left; left--) {
			s = prandom_u32_state(&rnd) % FRAG_SIZES;
			while (!quota[s])
				s = (s + 1) % FRAG_SIZES;
			quota[s]--;
			bench_objs[live] = kmem_cache_alloc_node(c[s], GFP_KERNEL, nid);
			KUNIT_ASSERT_NOT_NULL(test, bench_objs[live]);
			size_of[live++] = s;
		}
		slabs = 0;
		need = 0;
		for (s = 0; s < FRAG_SIZES; s++) {
			int n = 0, one = -1;

			kmem_cache_shrink(c[s]);
			for (i = 0; i < live; i++)
				if (size_of[i] == s) {
					n++;
					one = i;
				}
			slabs += bench_slabs(c[s]);
			if (n)
				need += bench_slabs_needed(c[s], bench_objs[one], n);
		}
		sum_slabs += slabs;
		sum_need += need;
		worst = max(worst, slabs * 1000 / need);
		for (i = live / 3; i > 0; i--) {
			j = prandom_u32_state(&rnd) % live;
			freed[size_of[j]]++;
			kmem_cache_free(c[size_of[j]], bench_objs[j]);
			live--;
			bench_objs[j] = bench_objs[live];
			size_of[j] = size_of[live];
		}
	}
	bench_report("frag_slabs", sum_slabs);
	bench_report("frag_need", sum_need);
	bench_report("frag_worst", worst);
	while (live--)
		kmem_cache_free(c[size_of[live]], bench_objs[live]);
}

/*
 * W2: allocations for the memoryless node served from partial slabs of
 * another node, on one CPU and on BENCH_THREADS CPUs at once (under TCG
 * the vCPUs take turns on one host thread, so the wall time per object
 * compares with one CPU's); the reference is the same allocations without
 * a node hint on one CPU with memory.
 */
static void w2_fallback_hit(struct kunit *test)
{
	int nid = bench_memless_setup(test);
	struct kmem_cache *c = bench_cache(test, 256);

	bench_rounds(test, c, BENCH_HOLES, NUMA_NO_NODE, 1, "hit_local", NULL);
	bench_rounds(test, c, BENCH_HOLES, nid, 1, "hit_memless", NULL);
	if (num_online_cpus() >= BENCH_THREADS)
		bench_rounds(test, c, BENCH_HOLES, nid, BENCH_THREADS,
			     "hit_memless_4cpu", NULL);
}

/*
 * W3: as W2, but no node has a free object to begin with, so that the
 * allocations grow slabs (on SLAB one in fifteen).  Also the slabs held
 * beyond what the objects need.
 */
static void w3_fallback_grow(struct kunit *test)
{
	int nid = bench_memless_setup(test);
	struct kmem_cache *c = bench_cache(test, 256);

	bench_rounds(test, c, BENCH_EMPTY, NUMA_NO_NODE, 1, "grow_local",
		     "grow_local_extra");
	bench_rounds(test, c, BENCH_EMPTY, nid, 1, "grow_memless",
		     "grow_memless_extra");
	if (num_online_cpus() >= BENCH_THREADS)
		bench_rounds(test, c, BENCH_EMPTY, nid, BENCH_THREADS,
			     "grow_memless_4cpu", "grow_memless_4cpu_extra");
}

/*
 * What pages cost from @nid's zonelist: as many slab-sized allocations as
 * BENCH_ALLOCS objects of @c need, then freed; in ns per object.  The
 * series grows slabs for a memoryless node from its zonelist; 6.1 and
 * SLUB grow them elsewhere (the local node, any node).
 */
static void bench_pages(struct kunit *test, struct kmem_cache *c, int nid,
			const char *name)
{
	struct page **pages = (struct page **)bench_objs;
	void *obj = kmem_cache_alloc(c, GFP_KERNEL);
	u64 t[BENCH_ROUNDS];
	int r, i, n, order;

	KUNIT_ASSERT_NOT_NULL(test, obj);
	order = slab_order(virt_to_slab(obj));
	n = DIV_ROUND_UP(BENCH_ALLOCS, bench_per_slab(c, obj));
	kmem_cache_free(c, obj);
	for (r = 0; r < BENCH_ROUNDS; r++) {
		t[r] = ktime_get_ns();
		for (i = 0; i < n; i++)
			pages[i] = __alloc_pages_node(nid, GFP_KERNEL | __GFP_COMP, order);
		t[r] = ktime_get_ns() - t[r];
		for (i = 0; i < n; i++)
			if (pages[i])
				__free_pages(pages[i], order);
	}
	bench_report(name, div_u64(bench_median(t), BENCH_ALLOCS));
}

/*
 * W4: the cost of a fallback when no node holds a free object, as the
 * node count grows: page-sized objects, so that (on SLAB) every
 * allocation grows a slab; and what pages from the memoryless node's
 * zonelist cost against local ones.
 */
static void w4_node_scaling(struct kunit *test)
{
	int nid = bench_memless_setup(test);
	struct kmem_cache *c = bench_cache(test, PAGE_SIZE);

	bench_rounds(test, c, BENCH_EMPTY, NUMA_NO_NODE, 1, "scale_local", NULL);
	bench_rounds(test, c, BENCH_EMPTY, nid, 1, "scale_memless", NULL);
	bench_pages(test, c, numa_node_id(), "scale_page_local");
	bench_pages(test, c, nid, "scale_page_memless");
}

#define CHURN_BATCH	512

/*
 * Allocate-then-free churn without a node hint on @cpu: batches of
 * CHURN_BATCH objects.  Reports ns per object (one allocation and one
 * free).
 */
static void bench_churn_on(struct kunit *test, struct kmem_cache *c, int cpu,
			   const char *name)
{
	u64 t[BENCH_ROUNDS];
	int r, i;

	bench_pin(test, cpu);
	for (r = 0; r < BENCH_ROUNDS; r++) {
		t[r] = ktime_get_ns();
		for (i = 0; i < CHURN_BATCH; i++)
			bench_objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
		for (i = 0; i < CHURN_BATCH; i++)
			kmem_cache_free(c, bench_objs[i]);
		t[r] = ktime_get_ns() - t[r];
		bench_check_objs(test, CHURN_BATCH);
	}
	bench_report(name, div_u64(bench_median(t), CHURN_BATCH));
}

/* W5: churn on the memoryless node's CPU against CPUs with memory. */
static void w5_memless_cpu_churn(struct kunit *test)
{
	int memless_cpu, mem_cpu, last_mem_cpu;
	struct kmem_cache *c;

	bench_cpus(&memless_cpu, &mem_cpu, &last_mem_cpu);
	if (memless_cpu < 0 || mem_cpu < 0)
		kunit_skip(test, "needs a CPU of a memoryless node and one of a node with memory");
	c = bench_cache(test, 128);
	bench_churn_on(test, c, mem_cpu, "churn_mem_cpu");
	bench_churn_on(test, c, last_mem_cpu, "churn_last_mem_cpu");
	bench_churn_on(test, c, memless_cpu, "churn_memless_cpu");
}

static u32 bench_sink;

/*
 * W6: the fast path, as the classic slab microbenchmarks measure it:
 * kmalloc() of 8 bytes to 4 KiB, BENCH_OBJS allocations then as many
 * frees, and allocation/free pairs, on one CPU with local memory.  The
 * reference is work that does not touch the allocator (BENCH_OBJS jhash
 * of 64 bytes), so that kernels compare across boots.  In ns per round of
 * BENCH_OBJS, not per object: the 2% the figures are read to is finer
 * than a nanosecond per object.  Each figure is the fastest round:
 * interrupts and work scheduled into a round only add to it.  make bench
 * runs this case under QEMU's -icount shift=0, where a nanosecond is an
 * instruction and the figures are the same on every run.
 */
static void w6_fast_path(struct kunit *test)
{
	u64 t[BENCH_ROUNDS], h[BENCH_ROUNDS];
	u8 buf[64] = { 1 };
	unsigned int size;
	char name[32];
	int r, i, memless, cpu, last, failed = 0;
	u32 hash = 0;
	void *p;

	bench_cpus(&memless, &cpu, &last);
	if (cpu < 0)
		kunit_skip(test, "needs a CPU of a node with memory");
	bench_pin(test, cpu);
	for (r = 0; r < BENCH_ROUNDS; r++) {
		h[r] = ktime_get_ns();
		for (i = 0; i < BENCH_OBJS; i++)
			hash = jhash(buf, sizeof(buf), hash);
		h[r] = ktime_get_ns() - h[r];
	}
	WRITE_ONCE(bench_sink, hash);
	bench_report("fast_reference", bench_min(h));

	for (size = 8; size <= 4096; size *= 2) {
		for (r = 0; r < BENCH_ROUNDS; r++) {
			t[r] = ktime_get_ns();
			for (i = 0; i < BENCH_OBJS; i++)
				bench_objs[i] = kmalloc(size, GFP_KERNEL);
			for (i = 0; i < BENCH_OBJS; i++)
				kfree(bench_objs[i]);
			t[r] = ktime_get_ns() - t[r];
			bench_check_objs(test, BENCH_OBJS);
		}
		snprintf(name, sizeof(name), "fast_batch_%u", size);
		bench_report(name, bench_min(t));

		for (r = 0; r < BENCH_ROUNDS; r++) {
			t[r] = ktime_get_ns();
			for (i = 0; i < BENCH_OBJS; i++) {
				p = kmalloc(size, GFP_KERNEL);
				failed += !p;
				kfree(p);
			}
			t[r] = ktime_get_ns() - t[r];
		}
		KUNIT_ASSERT_EQ(test, failed, 0);
		snprintf(name, sizeof(name), "fast_pair_%u", size);
		bench_report(name, bench_min(t));
	}
}

static int bench_case_init(struct kunit *test)
{
	test->priv = kunit_kzalloc(test, sizeof(struct bench_caches), GFP_KERNEL);
	return test->priv ? 0 : -ENOMEM;
}

static void bench_case_exit(struct kunit *test)
{
	struct bench_caches *bc = test->priv;
	int i;

	for (i = 0; i < BENCH_CACHES; i++)
		kmem_cache_destroy(bc->c[i]);
}

static int bench_suite_init(struct kunit_suite *suite)
{
	bench_objs = kcalloc(BENCH_OBJS, sizeof(*bench_objs), GFP_KERNEL);
	bench_out = kcalloc(BENCH_ALLOCS, sizeof(*bench_out), GFP_KERNEL);
	if (bench_objs && bench_out)
		return 0;
	kfree(bench_objs);
	kfree(bench_out);
	return -ENOMEM;
}

static void bench_suite_exit(struct kunit_suite *suite)
{
	kfree(bench_objs);
	kfree(bench_out);
}

static struct kunit_case bench_cases[] = {
	KUNIT_CASE(w1_fragmentation),
	KUNIT_CASE(w2_fallback_hit),
	KUNIT_CASE(w3_fallback_grow),
	KUNIT_CASE(w4_node_scaling),
	KUNIT_CASE(w5_memless_cpu_churn),
	KUNIT_CASE(w6_fast_path),
	{}
};

static struct kunit_suite bench_suite = {
	.name = "slab_fallback_bench",
	.init = bench_case_init,
	.exit = bench_case_exit,
	.suite_init = bench_suite_init,
	.suite_exit = bench_suite_exit,
	.test_cases = bench_cases,
};

kunit_test_suite(bench_suite);

MODULE_LICENSE("GPL");
