"""Memory of a pass: its process tree sampled from ``/proc`` with the statements tagged so far."""
import os
import threading
import time


PROGRESS_POINTS = (0.25, 0.5, 0.75, 1.0)


def _proc_children(pid):
    kids = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                kids += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return kids


def _proc_tree(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += _proc_children(p)
    return out


def _proc_kb(pid, path, field):
    try:
        with open(f"/proc/{pid}/{path}") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def count_done(folder):
    """Finished ``*.json`` files in ``folder`` (temporary files of atomic writes excluded)."""
    try:
        with os.scandir(folder) as it:
            return sum(1 for e in it if e.name.endswith(".json") and not e.name.startswith("."))
    except OSError:
        return 0


class Sampler(threading.Thread):
    """Samples a process tree's memory and a progress folder every ``interval`` seconds."""

    def __init__(self, pid, progress_dir=None, interval=0.5):
        super().__init__(daemon=True)
        self.pid, self.progress_dir, self.interval = pid, progress_dir, interval
        self.samples = []  # (seconds, done, rss sum kB, pss sum kB, largest process rss kB, processes)
        self.t0 = time.perf_counter()
        self._stop_event = threading.Event()

    def sample(self):
        pids = _proc_tree(self.pid)
        rss = [_proc_kb(p, "status", "VmRSS:") for p in pids]
        pss = sum(_proc_kb(p, "smaps_rollup", "Pss:") for p in pids)
        done = count_done(self.progress_dir) if self.progress_dir else 0
        self.samples.append((time.perf_counter() - self.t0, done, sum(rss), pss, max(rss or [0]), len(pids)))

    def run(self):
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)

    def stop(self):
        self._stop_event.set()
        self.join()

    def summary(self, total):
        s = self.samples
        out = {"samples": len(s),
               "peak_rss_sum_mb": round(max((x[2] for x in s), default=0) / 1024, 1),
               "peak_pss_sum_mb": round(max((x[3] for x in s), default=0) / 1024, 1),
               "peak_process_rss_mb": round(max((x[4] for x in s), default=0) / 1024, 1),
               "max_processes": max((x[5] for x in s), default=0)}
        if self.progress_dir and total:
            # the peak so far when a quarter, half, ... of the statements are tagged
            at = {}
            for frac in PROGRESS_POINTS:
                upto = next((i for i, x in enumerate(s) if x[1] >= frac * total), None)
                if upto is None and frac == 1.0 and s and s[-1][1] > PROGRESS_POINTS[-2] * total:
                    upto = len(s) - 1  # the run ended between two samples: its last sample stands for the end
                if upto is not None:
                    hit = s[upto]
                    at[f"{round(100 * hit[1] / total)}%"] = {
                        "seconds": round(hit[0], 1), "rss_sum_mb": round(max(x[2] for x in s[:upto + 1]) / 1024, 1),
                        "pss_sum_mb": round(max(x[3] for x in s[:upto + 1]) / 1024, 1)}
            out["at_progress"] = at
        return out
