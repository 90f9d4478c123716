"""The benchmark report: a dict (``last.json``) from the passes' results, and its table."""


TARGET_RATIO = 0.8
TARGET_SPEEDUP = 1.6
TARGET_PEAK_MB = 1500
TARGET_DASK_SPEEDUP = 1.6
CLUSTER_MACHINES = 10
CLUSTER_STATEMENTS_PER_HOUR = 100_000


def _mb(kb):
    return round(kb / 1024, 1)


def _peak_mb(res):
    mem = res.get("memory", {})
    return max(mem.get("peak_rss_sum_mb", 0), _mb(res.get("maxrss_self_kb", 0)),
               _mb(res.get("maxrss_children_kb", 0)))


def _tag_s(res):
    """Seconds of model load + tag of a pass (its whole wall time when the phases are unknown)."""
    ph = res.get("phases") or {}
    return ph.get("model_load_and_tag_s") or res["wall_s"]


def summarize_dask(dask, one, statements, model_load_s=0.0):
    """The Dask pass against the one-job run: speedup, the cluster's fixed cost (start, model
    load in each worker) and overhead per statement, and what a 10-machine cluster needs for
    100,000 statements an hour."""
    import math
    w = dask["workers"]
    one_tag, dask_tag = _tag_s(one), _tag_s(dask)
    per_stmt_one = max(one_tag - model_load_s, 1e-9) / statements   # one core, model load excluded
    t = dask.get("cluster_times") or {}
    if {"start", "ready", "done"} <= set(t):
        fixed = t["ready"] - t["start"]   # the tag stage's wait for the cluster, once the segment stage is done
        tagging = t["done"] - t["ready"]
    else:
        fixed, tagging = 0.0, dask_tag
    # the whole start (cluster, workers, model load), overlapped with the segment stage
    started = t["cluster_up"] - t["cluster_start"] if {"cluster_start", "cluster_up"} <= set(t) else None
    per_stmt_worker = tagging * w / statements                     # worker-seconds per statement, steady state
    need = CLUSTER_STATEMENTS_PER_HOUR * per_stmt_worker / 3600
    per_machine = math.ceil(need / CLUSTER_MACHINES)
    peak = _peak_mb(dask)
    return {"workers": w, "wall_s": dask["wall_s"], "speedup_vs_one_job": round(one["wall_s"] / dask["wall_s"], 3),
            "tag_s": round(dask_tag, 2), "tag_speedup_vs_one_job": round(one_tag / dask_tag, 3),
            "cluster_start_and_model_load_s": round(fixed, 2), "tagging_s": round(tagging, 2),
            "cluster_start_overlapped_s": round(started, 2) if started is not None else None,
            "repeats_wall_s": dask.get("repeats_wall_s"),
            "tagging_speedup_vs_one_job": round(per_stmt_one * statements / tagging, 3) if tagging else None,
            "per_statement_one_job_s": round(per_stmt_one, 4),
            "per_statement_worker_s": round(per_stmt_worker, 4),
            "overhead_per_statement_s": round(per_stmt_worker - per_stmt_one, 4),
            "peak_rss_mb": peak, "phases": dask.get("phases"), "memory": dask.get("memory"),
            "identical_outputs": dask["identical"], "differing_files": dask["differing_files"][:20],
            "exit": dask["exit"],
            "cluster_estimate": {"machines": CLUSTER_MACHINES, "statements_per_hour": CLUSTER_STATEMENTS_PER_HOUR,
                                 "worker_processes_total": round(need, 1),
                                 "worker_processes_per_machine": per_machine,
                                 "memory_per_machine_mb": round(per_machine * peak / (w + 1))}}


def summarize(bare, one, many, noop, jobs, corpus, identical, diff, info, breakdown=None, dask=None):
    """The report dict (written to last.json) from the passes' results."""
    tokens = bare["tokens"]
    rep = dict(info)
    rep.update({"statements": bare["statements"], "paragraphs": bare["paragraphs"], "tokens": tokens,
                "corpus": corpus})
    rep["bare"] = {"pipe_s": round(bare["pipe_s"], 2), "tok_per_s": round(tokens / bare["pipe_s"], 1),
                   "cpu_s": round(bare.get("pipe_cpu_s", 0), 2),
                   "load_s": round(bare["load_s"], 2),
                   "peak_rss_mb": max(_mb(bare["maxrss_kb"]), bare["memory"]["peak_rss_sum_mb"]),
                   "pipe_names": bare["pipe_names"]}
    rep["pipeline_load_s"] = round(bare["pipeline_load_s"], 2)
    rep["pipeline_pipe_names"] = bare["pipeline_pipe_names"]
    rep["one_job"] = {"wall_s": one["wall_s"], "repeats_wall_s": one.get("repeats_wall_s"), "tok_per_s": round(tokens / one["wall_s"], 1),
                      "ratio_vs_bare": round(bare["pipe_s"] / one["wall_s"], 3),
                      "cpu_s": round(one.get("cpu_s", 0), 2),
                      "cpu_ratio_vs_bare": round(bare.get("pipe_cpu_s", 0) / one["cpu_s"], 3) if one.get("cpu_s") else None,
                      "peak_rss_mb": _peak_mb(one), "maxrss_self_mb": _mb(one.get("maxrss_self_kb", 0)),
                      "phases": one.get("phases"), "memory": one["memory"], "exit": one["exit"]}
    if many:
        workers = _mb(many.get("maxrss_children_kb", 0))
        rep["n_jobs"] = {"jobs": jobs, "wall_s": many["wall_s"], "tok_per_s": round(tokens / many["wall_s"], 1),
                         "ratio_vs_bare": round(bare["pipe_s"] / many["wall_s"], 3),
                         "speedup_vs_one_job": round(one["wall_s"] / many["wall_s"], 3),
                         "cpu_s": round(many.get("cpu_s", 0), 2),
                         "peak_rss_mb": _peak_mb(many), "maxrss_main_mb": _mb(many.get("maxrss_self_kb", 0)),
                         "maxrss_worker_mb": workers,
                         "rss_upper_bound_mb": round(_mb(many.get("maxrss_self_kb", 0)) + jobs * workers, 1),
                         "phases": many.get("phases"), "memory": many["memory"], "exit": many["exit"]}
        rep["identical_outputs"] = identical
        rep["differing_files"] = diff[:20]
    if noop:
        rep["noop_rerun_s"] = noop["wall_s"]
    if breakdown and "tag_cpu_s" in breakdown:
        parts = dict(breakdown["components_cpu_s"])
        parts.update(breakdown["doc_passes_cpu_s"])
        rest = breakdown["tag_cpu_s"] - sum(parts.values())
        rep["breakdown"] = {
            "statements": breakdown["statements"], "tokens": breakdown["tokens"],
            "bare_cpu_s": round(breakdown["bare_cpu_s"], 2), "tag_cpu_s": round(breakdown["tag_cpu_s"], 2),
            "cpu_ratio_vs_bare": round(breakdown["bare_cpu_s"] / breakdown["tag_cpu_s"], 3),
            "parts_cpu_s": {k: round(v, 2) for k, v in parts.items()},
            "rest_cpu_s": round(rest, 2), "rest_vs_bare": round(rest / breakdown["bare_cpu_s"], 3),
            "hotspots": breakdown.get("hotspots")}
    peak = max([rep["one_job"]["peak_rss_mb"]] + ([rep["n_jobs"]["peak_rss_mb"]] if many else []))
    rep["peak_rss_mb"] = peak
    targets = {"ratio_one_job": {"target": f">= {TARGET_RATIO}", "value": rep["one_job"]["ratio_vs_bare"],
                                 "met": rep["one_job"]["ratio_vs_bare"] >= TARGET_RATIO},
               "peak_rss_mb": {"target": f"< {TARGET_PEAK_MB}", "value": peak, "met": peak < TARGET_PEAK_MB}}
    if many:
        sp = rep["n_jobs"]["speedup_vs_one_job"]
        targets["speedup_n_jobs"] = {"target": f">= {TARGET_SPEEDUP}", "value": sp, "met": sp >= TARGET_SPEEDUP}
    if dask:
        rep["dask"] = summarize_dask(dask, one, bare["statements"], bare.get("pipeline_load_s", 0.0))
        sp = rep["dask"]["speedup_vs_one_job"]
        targets["speedup_dask"] = {"target": f">= {TARGET_DASK_SPEEDUP}", "value": sp,
                                   "met": sp >= TARGET_DASK_SPEEDUP}
    rep["targets"] = targets
    return rep


def _dask_lines(rep, d):
    """The Dask pass's lines: fixed cost, overhead per statement, the 10-machine estimate."""
    L = []
    c = d["cluster_estimate"]
    started = d.get("cluster_start_overlapped_s")
    L.append(f"Dask, {d['workers']} workers: cluster start + model load in the workers "
             + (f"{started:.1f} s, begun before the segment stage, of which the tag stage waited " if started
                is not None else "")
             + f"{d['cluster_start_and_model_load_s']:.1f} s, then tagging {d['tagging_s']:.1f} s "
             f"({d['tagging_speedup_vs_one_job'] or 0:.2f}x the one job's tagging); per statement "
             f"{d['per_statement_worker_s']:.3f} worker-s against {d['per_statement_one_job_s']:.3f} s in one job: "
             f"cluster overhead {1000 * d['overhead_per_statement_s']:+.1f} ms per statement; outputs identical "
             f"to 1 job: {'yes' if d['identical_outputs'] else 'no'}")
    L.append(f"estimate: {c['statements_per_hour']:,} statements an hour at {d['per_statement_worker_s']:.3f} "
             f"worker-s each need {c['worker_processes_total']:.1f} worker processes (one core each): on "
             f"{c['machines']} machines, {c['worker_processes_per_machine']} cores and about "
             f"{c['memory_per_machine_mb']:,} MB per machine (statements of ~{rep['tokens'] // max(1, rep['statements']):,} tokens)")
    return L


def format_report(rep):
    """The report as a plain-text table."""
    L = []
    L.append(f"pipeline benchmark: {rep['statements']:,} statements, {rep['tokens']:,} tokens in "
             f"{rep['paragraphs']:,} tagged paragraphs; model {rep['model']}; {rep['cpus']} CPUs")
    L.append("")
    L.append(f"{'':34s}{'wall s':>9s}{'tok/s':>10s}{'vs bare':>9s}{'speedup':>9s}{'peak MB':>9s}{'CPU s':>9s}")
    b = rep["bare"]
    L.append(f"{'bare spaCy nlp.pipe, 1 process':34s}{b['pipe_s']:9.1f}{b['tok_per_s']:10,.0f}{1:9.2f}"
             f"{'':>9s}{b['peak_rss_mb']:9.0f}{b.get('cpu_s', 0):9.1f}")
    o = rep["one_job"]
    L.append(f"{'pipeline, 1 job':34s}{o['wall_s']:9.1f}{o['tok_per_s']:10,.0f}{o['ratio_vs_bare']:9.2f}"
             f"{1:9.2f}{o['peak_rss_mb']:9.0f}{o.get('cpu_s', 0):9.1f}")
    n = rep.get("n_jobs")
    if n:
        L.append(f"{'pipeline, %d jobs' % n['jobs']:34s}{n['wall_s']:9.1f}{n['tok_per_s']:10,.0f}"
                 f"{n['ratio_vs_bare']:9.2f}{n['speedup_vs_one_job']:9.2f}{n['peak_rss_mb']:9.0f}"
                 f"{n.get('cpu_s', 0):9.1f}")
    d = rep.get("dask")
    if d:
        L.append(f"{'pipeline, Dask LocalCluster %d wk' % d['workers']:34s}{d['wall_s']:9.1f}"
                 f"{rep['tokens'] / d['wall_s']:10,.0f}{rep['bare']['pipe_s'] / d['wall_s']:9.2f}"
                 f"{d['speedup_vs_one_job']:9.2f}{d['peak_rss_mb']:9.0f}{'':>9s}")
    if o.get("cpu_ratio_vs_bare"):
        L.append(f"(CPU time ratio, bare / pipeline with 1 job: {o['cpu_ratio_vs_bare']:.2f}; the CPU s of a pipeline "
                 f"run include segmentation, model load and export)")
    L.append("")
    L.append(f"model load: bare {b['load_s']:.2f} s, with the pipeline's components "
             f"{rep['pipeline_load_s']:.2f} s (spaCy already imported)")
    for key, label in (("one_job", "1 job"), ("n_jobs", "N jobs")):
        ph = (rep.get(key) or {}).get("phases")
        if ph:
            L.append(f"phases, {label}: startup {ph['startup_s']:.1f} s, segment {ph['segment_s']:.1f} s, "
                     f"model load + tag {ph['model_load_and_tag_s']:.1f} s, export {ph['export_s']:.1f} s")
    for key, label in (("one_job", "1 job"), ("dask", "Dask")):
        runs = (rep.get(key) or {}).get("repeats_wall_s") or []
        if len(runs) > 1:
            L.append(f"runs, {label}: " + ", ".join(f"{w:.1f}" for w in runs) + " s (the median one is reported)")
    if "noop_rerun_s" in rep:
        L.append(f"no-op rerun of `pipeline run` (nothing changed): {rep['noop_rerun_s']:.1f} s")
    if n:
        L.append(f"memory, {n['jobs']} jobs: main process {n['maxrss_main_mb']:.0f} MB, largest worker "
                 f"{n['maxrss_worker_mb']:.0f} MB (getrusage); sampled sum RSS {n['memory']['peak_rss_sum_mb']:.0f} MB,"
                 f" PSS {n['memory']['peak_pss_sum_mb']:.0f} MB; bound main + {n['jobs']} x worker "
                 f"{n['rss_upper_bound_mb']:.0f} MB")
    for key, label in (("one_job", "1 job"), ("n_jobs", "N jobs")):
        at = ((rep.get(key) or {}).get("memory") or {}).get("at_progress")
        if at:
            L.append(f"peak RSS (sum) by statements tagged, {label}: "
                     + ", ".join(f"{k} {v['rss_sum_mb']:.0f} MB" for k, v in at.items()))
    if n:
        L.append(f"outputs of 1 and {n['jobs']} jobs identical: {'yes' if rep['identical_outputs'] else 'no'}"
                 + ("" if rep["identical_outputs"] else f" ({len(rep['differing_files'])}+ files differ, "
                    f"e.g. {rep['differing_files'][0]})"))
    if d:
        L += _dask_lines(rep, d)
    bd = rep.get("breakdown")
    if bd:
        L.append("")
        L.append(f"CPU time of the tag stage on the first {bd['statements']:,} statements ({bd['tokens']:,} tokens): "
                 f"bare spaCy {bd['bare_cpu_s']:.1f} s, pipeline {bd['tag_cpu_s']:.1f} s "
                 f"(ratio {bd['cpu_ratio_vs_bare']:.2f}; CPU time is less disturbed by other work than wall time)")
        for name, sec in sorted(bd["parts_cpu_s"].items(), key=lambda kv: -kv[1]):
            L.append(f"  {name:34s}{sec:8.2f} s {100 * sec / bd['tag_cpu_s']:5.1f}%")
        L.append(f"  {'spaCy model, zones, records (rest)':34s}{bd['rest_cpu_s']:8.2f} s "
                 f"{100 * bd['rest_cpu_s'] / bd['tag_cpu_s']:5.1f}%  = {bd['rest_vs_bare']:.2f} x bare spaCy")
        if bd.get("hotspots"):
            L.append("  hotspots in pipeline/ under cProfile (cumulative s, own s, calls):")
            L += [f"    {h['cum_s']:8.2f} {h['own_s']:8.2f} {h['calls']:9d}  {h['function']}" for h in bd["hotspots"]]
    L.append("")
    for name, t in rep["targets"].items():
        L.append(f"target {name} {t['target']}: {t['value']} {'met' if t['met'] else 'NOT MET'}")
    la = rep.get("loadavg")
    if la:
        L.append(f"load average (1 min) at start / end: {la['start']:.2f} / {la['end']:.2f}"
                 + ("  -- other work was running: timings are disturbed" if max(la.values()) > 0.5 else ""))
    return "\n".join(L)
