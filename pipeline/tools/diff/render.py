"""The diff report as text, and ``textconv``: one JSONL file as one record per line for git."""
import json
import re

from .match import ENTITY_KINDS, fold, _text_diff


CONTEXT = 40         # characters of paragraph context on each side of an entity
MAX_SNIPPET = 100


def _q(text, limit=MAX_SNIPPET):
    text = fold(text)
    if len(text) > limit:
        text = text[:limit - 1].rstrip() + "…"
    return json.dumps(text, ensure_ascii=False)


def _v(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _q(value, 60)
    if isinstance(value, list):
        return "[" + ", ".join(_v(x).strip('"') if isinstance(x, str) else _v(x) for x in value) + "]"
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def context(paragraph, record, width=CONTEXT):
    """A short piece of the paragraph text around ``record``."""
    ptext = fold(paragraph.get("text"))
    etext = fold(record.get("text"))
    if not etext:
        return _q(ptext)
    approx = max(0, record.get("start", 0) - paragraph.get("start", 0))
    hits = [m.start() for m in re.finditer(re.escape(etext), ptext)]
    if not hits:
        return _q(ptext)
    at = min(hits, key=lambda h: (abs(h - approx), h))
    lo, hi = max(0, at - width), min(len(ptext), at + len(etext) + width)
    snippet = ("…" if lo > 0 else "") + ptext[lo:hi] + ("…" if hi < len(ptext) else "")
    return json.dumps(snippet, ensure_ascii=False)


def describe(kind, rec):
    """One record in a line: ``org "JAXA" [Japan Aerospace Exploration Agency]``."""
    if kind == "org":
        names = rec.get("names") or []
        return f'org {_q(rec.get("text"), 60)} [{" | ".join(names)}]'
    if kind == "date":
        value = rec.get("value") or "?"
        mod = f' ({rec["mod"]})' if rec.get("mod") else ""
        return f'date {_q(rec.get("text"), 60)} {value}{mod}'
    if kind == "commitment":
        flags = [rec.get("strength") or "?"]
        if rec.get("reaffirmed"):
            flags.append("reaffirmed")
        actor = rec.get("actor")
        dates = rec.get("dates") or []
        extra = f' dates [{", ".join(dates)}]' if dates else ""
        return (f'commitment [{", ".join(flags)}] actor {_q(actor, 40) if actor else "null"}'
                f'{extra}: {_q(rec.get("text"), 80)}')
    return f"{kind} {_q(rec.get('text'))}"


def _field_line(kind, key, old, new):
    if key == "sha256":
        return f"raw text changed (sha256 {str(old)[:12]} → {str(new)[:12]})"
    if (kind == "date" and key == "value") or (kind == "org" and key == "names"):
        return f"{_v(old).strip(chr(34))} → {_v(new).strip(chr(34))}"
    return f"{key}: {_v(old)} → {_v(new)}"


def render_change(c):
    para = c.paragraph or {}
    where = f'¶{para.get("index", "?")}'
    if c.kind == "document":
        return [f'~ document {"; ".join(_field_line("document", k, o, n) for k, o, n in c.fields)}']
    if c.kind in ("split", "join"):
        olds = ", ".join(f'¶{p.get("index")}' for p in c.olds)
        news = ", ".join(f'¶{p.get("index")}' for p in c.news)
        verb = "split into" if c.kind == "split" else "joined into"
        return [f"~ paragraph {olds} {verb} {news}   {_q(c.news[0].get('text'), 60)}"]
    if c.kind == "paragraph":
        if c.op in "+-":
            rec = c.record
            return [f'{c.op} paragraph ¶{rec.get("index")} ({rec.get("kind")}) {_q(rec.get("text"))}']
        parts = []
        for key, old, new in c.fields:
            if key == "text":
                parts.append(f'text "{_text_diff(old, new)}"')
            else:
                parts.append(f"{key}: {old} → {new}")
        return [f"~ paragraph {where} " + "; ".join(parts)]
    line = f"{c.op} {describe(c.kind, c.record)}"
    if c.op == "~":
        line = f"~ {describe(c.kind, c.old)}\n    " + "; ".join(
            _field_line(c.kind, k, o, n) for k, o, n in c.fields)
        first, rest = line.split("\n", 1)
        return [f"{first}   {where}: {context(para, c.record)}", rest]
    return [f"{line}   {where}: {context(para, c.record)}"]


def summarize(changes):
    """Counts ``{kind: {op: n}}`` and documents added/removed/changed."""
    counts = {k: {"+": 0, "-": 0, "~": 0} for k in ("org", "date", "commitment", "paragraph")}
    split = joined = 0
    docs = {"added": 0, "removed": 0, "changed": 0}
    for d in changes:
        docs[d.status] += 1
        for c in d.changes:
            if c.kind == "split":
                split += 1
            elif c.kind == "join":
                joined += 1
            elif c.kind in counts:
                counts[c.kind][c.op] += 1
    return docs, counts, split, joined


def summary_line(changes, notes=()):
    docs, counts, split, joined = summarize(changes)
    if not changes and not notes:
        return "no changes"
    total = len(changes)

    def ops(kind):
        c = counts[kind]
        return f'+{c["+"]} -{c["-"]} ~{c["~"]}'
    return (f'{total} document{"s" if total != 1 else ""} changed ({docs["added"]} added, '
            f'{docs["removed"]} removed); organizations {ops("org")}; dates {ops("date")}; '
            f'commitments {ops("commitment")}; paragraphs {ops("paragraph")}, '
            f'split {split}, joined {joined}')


def render(changes, notes=()):
    """The report: per document a header and one line per change, then a
    summary line. ``notes`` are ``provenance_changes`` lines."""
    lines = []
    for key, old, new, count in notes:
        lines.append(f"~ provenance {key}: {old} → {new} ({count} document{'s' if count != 1 else ''})")
    if notes:
        lines.append("")
    for d in changes:
        status = {"added": " (new document)", "removed": " (deleted document)", "changed": ""}[d.status]
        title = f"  {_q(d.title, 80)}" if d.title else ""
        date = f"  {d.date}" if d.date else ""
        lines.append(f"=== {d.doc_id}{status}{title}{date}")
        for c in d.changes:
            lines += render_change(c)
        lines.append("")
    lines.append(summary_line(changes, notes))
    return "\n".join(lines) + "\n"


def textconv(data):
    """One JSONL file (documents or paragraphs) as stable lines, one record
    per line and without character offsets, so that a git diff of two
    versions shows the records that changed and not the ones that moved."""
    lines = []
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            lines.append(f"?? line {n}: {line}")
            continue
        if not isinstance(rec, dict):
            lines.append(f"?? line {n}: {line}")
        elif "kind" in rec and "index" in rec:
            # no index either: a split paragraph would renumber every later line
            lines.append(f'¶ {rec.get("kind")} {json.dumps(rec.get("text"), ensure_ascii=False)}')
            for key, kind in ENTITY_KINDS:
                for e in rec.get(key) or []:
                    rest = {k: v for k, v in sorted(e.items()) if k not in ("start", "end", "text")}
                    more = " ".join(f"{k}={json.dumps(v, ensure_ascii=False, sort_keys=True)}"
                                    for k, v in rest.items())
                    lines.append(f"    {kind} {json.dumps(e.get('text'), ensure_ascii=False)}"
                                 + (f"  {more}" if more else ""))
        else:
            rest = {k: v for k, v in sorted(rec.items()) if k not in ("doc_id",)}
            lines.append(f'{rec.get("doc_id")}  ' + " ".join(
                f"{k}={json.dumps(v, ensure_ascii=False, sort_keys=True)}" for k, v in rest.items()))
    return "\n".join(lines) + ("\n" if lines else "")
