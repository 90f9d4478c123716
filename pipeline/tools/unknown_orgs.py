"""List the organizations an extraction found that the registry does not know.

CLI: ``python -m pipeline unknown-orgs [--out DIR] [--format text|jsonl] [--min N]``
(``make unknown-orgs``). Reads ``DIR/paragraphs/*.jsonl`` (SCHEMA.md) and
prints, most frequent first, every canonical name that is not a name of
``models/organizations.jsonl`` (or ``organizations_extra.jsonl``): how
often and in how many statements it was mentioned, the spellings used, its
country and kind when the tagger found them, and example contexts, so an
analyst can add it to the registry. ``--format jsonl`` prints one registry
line per body instead, ready to complete (``id``, ``source``) and append to
``models/organizations_extra.jsonl``.
"""
import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from ..organizations import knowledge as org_knowledge
from ..core.errors import PipelineError
from ..organizations.knowledge import norm_key
from ..core.textio import read_jsonl

CONTEXT = 70


def _snippet(text, mention, rel):
    """The mention in its paragraph with some words around it (the occurrence nearest ``rel``)."""
    best = None
    for m in re.finditer(re.escape(mention), text):
        if best is None or abs(m.start() - rel) < abs(best - rel):
            best = m.start()
    if best is None:
        return text[:2 * CONTEXT]
    a = max(0, best - CONTEXT)
    b = min(len(text), best + len(mention) + CONTEXT)
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


def collect(out_dir, K):
    """Unknown bodies: {key: record} from an extraction folder."""
    paras = sorted(Path(out_dir, "paragraphs").glob("*.jsonl"))
    if not Path(out_dir, "paragraphs").is_dir():
        raise PipelineError(f"{out_dir}: no paragraphs/ folder; run the pipeline first "
                            f"(`make` or `python -m pipeline run --out {out_dir}`)")
    found = {}
    for path in paras:
        for p in read_jsonl(path):
            for o in p.get("organizations", []):
                names = o.get("names") or [o.get("text", "")]
                known = o.get("known")
                for name in names:
                    if known is True or name in K.by_name:
                        continue
                    key = norm_key(name)
                    rec = found.setdefault(key, {"name": name, "count": 0, "docs": set(), "spellings": Counter(),
                                                 "countries": Counter(), "kinds": Counter(), "acronyms": Counter(),
                                                 "examples": []})
                    rec["count"] += 1
                    rec["docs"].add(p.get("doc_id", path.stem))
                    rec["spellings"][o.get("text", "")] += 1
                    if o.get("country"):
                        rec["countries"][o["country"]] += 1
                    if o.get("kind"):
                        rec["kinds"][o["kind"]] += 1
                    if o.get("acronym"):
                        rec["acronyms"][o["acronym"]] += 1
                    docs_seen = {d for d, _ in rec["examples"]}
                    if len(rec["examples"]) < 3 and p.get("doc_id") not in docs_seen:
                        rel = o.get("start", 0) - p.get("start", 0)
                        rec["examples"].append((p.get("doc_id", path.stem),
                                                _snippet(p.get("text", ""), o.get("text", ""), rel)))
    return found


def _top(counter):
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counter else None


def ordered(found, minimum=1):
    recs = [r for r in found.values() if r["count"] >= minimum]
    return sorted(recs, key=lambda r: (-r["count"], -len(r["docs"]), r["name"]))


def format_text(recs):
    lines = []
    for r in recs:
        extra = ", ".join(x for x in (_top(r["countries"]), _top(r["kinds"])) if x)
        lines.append(f"{r['count']:4d}  {r['name']}" + (f"  [{extra}]" if extra else "") +
                     f"  ({len(r['docs'])} statement{'s' if len(r['docs']) != 1 else ''})")
        spellings = [f"{s!r} x{n}" for s, n in sorted(r["spellings"].items(), key=lambda kv: (-kv[1], kv[0]))]
        lines.append("      as: " + ", ".join(spellings))
        for doc_id, snip in r["examples"]:
            lines.append(f"      e.g. {doc_id}: {snip}")
    if recs:
        lines.append("")
        lines.append(f"{len(recs)} unknown bodies. Add them to models/organizations_extra.jsonl "
                     f"(format: models/README.md; `--format jsonl` prints lines to complete).")
    else:
        lines.append("Every organization found is in the registry.")
    return "\n".join(lines)


def format_jsonl(recs):
    out = []
    for r in recs:
        name = r["name"]
        aliases = sorted(s for s in r["spellings"] if s != name and s not in r["acronyms"])
        out.append(json.dumps({"id": "", "name": name, "acronyms": sorted(r["acronyms"]),
                               "aliases": aliases, "country": _top(r["countries"]), "kind": _top(r["kinds"]),
                               "source": ""}, ensure_ascii=False))
    return "\n".join(out)


def main(argv):
    ap = argparse.ArgumentParser(prog="python -m pipeline unknown-orgs", description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="extracted", help="extraction folder (default: extracted)")
    ap.add_argument("--format", choices=("text", "jsonl"), default="text")
    ap.add_argument("--min", type=int, default=1, help="list bodies mentioned at least this often")
    args = ap.parse_args(argv)
    K = org_knowledge.load()
    recs = ordered(collect(args.out, K), args.min)
    text = format_text(recs) if args.format == "text" else format_jsonl(recs)
    if text:
        try:
            print(text)
        except BrokenPipeError:         # `... | head`
            sys.stderr.close()
    return 0
