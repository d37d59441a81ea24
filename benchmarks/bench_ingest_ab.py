"""Ingest of two trees of this project side by side, chunk by chunk in lockstep: the machine's slow and fast phases
fall on both alike.

    python benchmarks/bench_ingest_ab.py --before /tmp/before               # 1,000 feeds x 100 items, 50 a chunk
    python benchmarks/bench_ingest_ab.py --before /tmp/before --quick       # 40 feeds, 10 a chunk

``--before`` is another checkout of the project (``git worktree add /tmp/before <commit>``). Each tree imports the
same saved feeds (``bench_ingest.py``'s, written once to benchmarks/out/) into its own fresh workspace, in its own
process with its worker processes started ahead and the product's whole triage, one chunk at a time; the chunks
alternate which tree goes first. Printed per chunk and in total: the wall time an item, the CPU time an item of
the writing process and of its workers, and this tree's throughput against the other's (> 1: this tree is faster).
On a shared machine whose speed drifts by half within minutes, one run of each tree after the other says little;
this says which tree is faster in the same minutes.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common as c
from _memory import children
from feeds import write_feeds

_CHILD = "--child"


def _children_cpu() -> float:
    """CPU seconds of this process's children (the worker processes): the live ones, read from /proc, and those that
    ended and were waited for (a worker replaced after its share of feeds), from the kernel's count."""
    ticks, total = os.sysconf("SC_CLK_TCK"), 0.0
    for pid in children(os.getpid()):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile: counted below once it has been waited for
        total += (int(fields[11]) + int(fields[12])) / ticks
    ended = resource.getrusage(resource.RUSAGE_CHILDREN)
    return total + ended.ru_utime + ended.ru_stime


def child(tree: Path, folder: Path) -> None:
    """One tree's side: import the chunks named on stdin ("first last"), answer "wall writer workers" seconds."""
    sys.path.insert(0, str(tree))  # its code, not this script's tree (``_common`` put that first)
    import workstation
    from workstation.core.ingest.pool import leave_main_out_of_workers, start_workers
    from workstation.core.ingest.run import import_files
    from workstation.core.workspace import open_workspace
    from workstation.core.workspace.triage import triage_new_items
    leave_main_out_of_workers()
    c.run_at_feed_time()  # the items are news to both trees: the radar reads every one
    paths = sorted(folder.glob("feed*"))
    start_workers(wait=True)
    work = Path(tempfile.mkdtemp(prefix="bench-ab-"))
    db = open_workspace(work / "workspace.db")
    print(f"ready {Path(workstation.__file__).resolve()}", flush=True)
    try:
        for line in sys.stdin:
            first, last = map(int, line.split())
            wall, cpu, workers = time.perf_counter(), time.process_time(), _children_cpu()
            import_files(db, paths[first:last], triage=triage_new_items)
            print(f"{time.perf_counter() - wall} {time.process_time() - cpu} {_children_cpu() - workers}", flush=True)
    finally:
        db.close()
        shutil.rmtree(work, ignore_errors=True)


def _start(tree: Path, folder: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), _CHILD, str(tree), str(folder)],
                               cwd=tree, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    answer = process.stdout.readline().split(maxsplit=1)
    if answer[:1] != ["ready"] or not Path(answer[1].strip()).is_relative_to(tree):
        raise SystemExit(f"the tree in {tree} did not start with its own code ({' '.join(answer)})")
    return process


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == _CHILD:
        child(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, required=True, help="another checkout of the project")
    parser.add_argument("--quick", action="store_true", help="40 feeds, 10 a chunk")
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--chunk", type=int, default=50, help="feeds per chunk")
    args = parser.parse_args()
    if args.quick:
        args.feeds, args.chunk = 40, 10
    if not (args.before / "workstation").is_dir():
        raise SystemExit(f"{args.before} is not a checkout of this project")
    c.print_machine()
    paths = write_feeds(c.OUT_DIR / f"ingest-feeds-{args.feeds}x100", args.feeds, 100)
    folder = paths[0].parent
    trees = {"before": args.before.resolve(), "this tree": c.PROJECT_ROOT}
    processes = {name: _start(tree, folder) for name, tree in trees.items()}
    totals = {name: [0.0, 0.0, 0.0] for name in trees}
    rows, gains = [], []
    try:
        for number, first in enumerate(range(0, args.feeds, args.chunk)):
            last = min(args.feeds, first + args.chunk)
            items = (last - first) * 100
            spent = {}
            for name in (list(trees) if number % 2 == 0 else list(trees)[::-1]):
                processes[name].stdin.write(f"{first} {last}\n")
                processes[name].stdin.flush()
                spent[name] = [float(v) for v in processes[name].stdout.readline().split()]
                totals[name] = [t + s for t, s in zip(totals[name], spent[name], strict=True)]
            gain = spent["before"][0] / spent["this tree"][0]
            gains.append(gain)
            rows.append([number + 1, last * 100] + [f"{v * 1e3 / items:.3f}" for name in trees for v in spent[name]]
                        + [f"{gain:.3f}"])
            print(f"  chunk {number + 1}: this tree {gain:.3f}x the items/s of before", flush=True)
    finally:
        for process in processes.values():
            process.stdin.close()
            process.wait()
    header = ["chunk", "items so far"] + [f"{name} {what} ms/item" for name in trees
                                          for what in ("wall", "writer CPU", "workers CPU")] + ["this/before items/s"]
    print(c.table(rows, header))
    items = args.feeds * 100
    for name in trees:
        wall, writer, workers = totals[name]
        print(f"{name}: {items / wall:.0f} items/s; an item: wall {wall * 1e3 / items:.3f} ms, writer CPU "
              f"{writer * 1e3 / items:.3f} ms, workers CPU {workers * 1e3 / items:.3f} ms")
    print(f"this tree / before, items/s: {totals['before'][0] / totals['this tree'][0]:.3f} in total, "
          f"median chunk {c.median(gains):.3f}, faster in {sum(g > 1 for g in gains)} of {len(gains)} chunks")


if __name__ == "__main__":
    main()
