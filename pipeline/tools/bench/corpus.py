"""The synthetic corpus built from the raw statements, and the paragraph texts the tag stage tags."""
import datetime as dt
import hashlib
import json
import random
import re
from pathlib import Path


DOC_TOKENS = 1000
MONTHS31 = ("January", "March", "May", "July", "August", "October", "December")
COUNTRIES = ("Angola", "India", "Germany", "Peru", "Japan", "Italy", "Australia", "Slovenia", "Sweden",
             "Spain", "Uruguay", "Belgium", "Switzerland", "Lithuania", "Israel", "France", "Canada",
             "Brazil", "Mexico", "Poland", "Romania", "Luxembourg", "Netherlands", "Denmark", "Norway",
             "Finland", "Greece", "Nigeria", "Rwanda", "Chile", "Colombia", "Ecuador", "Argentina",
             "Iceland", "Bulgaria", "Estonia", "Latvia", "Austria", "Ireland", "Portugal")
YEAR = re.compile(r"(?<![\d.,/-])(19[5-9]\d|20[0-4]\d)(?![\d.,/-]?\d)")
LONG_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,/-])\d{3}(?!\d)|\d+\.\d+")
NAMES = re.compile(r"\b(" + "|".join(MONTHS31 + COUNTRIES) + r")\b")


class Source:
    """One raw statement cut into the pieces the synthetic statements are built from."""

    def __init__(self, doc_id, lead, content, tail):
        self.doc_id = doc_id
        self.lead = lead        # raw paragraph texts before the first body paragraph (title, meta, ...)
        self.content = content  # [(raw paragraph text, tokens)] from the first body to the last tagged one
        self.tail = tail        # raw boilerplate paragraphs after the last tagged one


def whitespace_tokens(text):
    return len(text.split())


def load_sources(raw, count_tokens=whitespace_tokens):
    """The raw statements of ``raw`` as ``Source`` records (statements that cannot be read are skipped)."""
    from ... import segment as seg_mod
    from ...core.errors import InputError
    from ...core.textio import decode_raw, fold

    texts = {}
    for path in sorted(Path(raw).glob("*.txt")):
        try:
            texts[path.stem] = decode_raw(path, path.read_bytes())
        except (InputError, OSError):
            continue
    repeats = seg_mod.corpus_repeats([texts[k] for k in sorted(texts)])
    sources = []
    for doc_id, text in sorted(texts.items()):
        paras = seg_mod.segment(text, repeats)
        body = [i for i, p in enumerate(paras) if p.kind == "body"]
        if not body:
            continue
        tagged = [i for i, p in enumerate(paras) if p.kind != "boilerplate"]
        first, last = body[0], tagged[-1]
        piece = lambda p: text[p.start:p.end]  # noqa: E731
        content = [(piece(p), 0 if p.kind == "boilerplate" else count_tokens(fold(piece(p))))
                   for p in paras[first:last + 1]]
        sources.append(Source(doc_id, [piece(p) for p in paras[:first]], content,
                              [piece(p) for p in paras[last + 1:]]))
    return sources


class Variation:
    """A statement's seeded rewrite: years shifted, month and country names swapped, long numbers changed."""

    def __init__(self, rng):
        self.rng = rng
        self.year_shift = rng.randint(-4, 4)
        months = list(MONTHS31)
        rng.shuffle(months)
        countries = list(COUNTRIES)
        rng.shuffle(countries)
        self.names = dict(zip(MONTHS31, months))
        self.names.update(zip(COUNTRIES, countries))

    def _year(self, m):
        year = int(m.group(1)) + self.year_shift
        return str(min(max(year, 1950), 2049))

    def _number(self, m):
        return "".join(str(self.rng.randint(1 if i == 0 else 0, 9)) if c.isdigit() else c
                       for i, c in enumerate(m.group(0)))

    def __call__(self, text):
        text = NAMES.sub(lambda m: self.names[m.group(1)], text)
        text = LONG_NUMBER.sub(self._number, text)
        return YEAR.sub(self._year, text)


def synthesize(sources, index, seed=0, doc_tokens=DOC_TOKENS):
    """Statement ``index`` of the synthetic corpus: (text, meta, estimated tokens)."""
    rng = random.Random(f"bench:{seed}:{index}")
    vary = Variation(rng)
    primary = sources[index % len(sources)]
    others = [s for s in sources if s is not primary] or [primary]
    body = []
    tokens = 0

    def take(src, budget):
        nonlocal tokens
        paras = list(src.content)
        rng.shuffle(paras)
        for text, n in paras:
            if tokens >= budget:
                break
            body.append(text)
            tokens += n

    take(primary, doc_tokens * rng.uniform(0.4, 0.8))
    for src in rng.sample(others, min(len(others), 3)):
        take(src, doc_tokens)
    while tokens < doc_tokens:  # tiny raw folders: reuse statements until the statement is long enough
        before = tokens
        take(rng.choice(sources), doc_tokens)
        if tokens == before:
            break
    rng.shuffle(body)
    paras = [vary(p) for p in primary.lead + body] + list(primary.tail)
    text = "\n\n".join(paras) + "\n"
    # up to 2025: a sidecar date after today is refused
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(11 * 365))
    meta = {"date": day.isoformat(),
            "source": f"bench synthetic statement {index} (seed {seed}) from {primary.doc_id}"}
    return text, meta, tokens


def build_corpus(raw, dest, docs, seed=0, doc_tokens=DOC_TOKENS, count_tokens=whitespace_tokens):
    """Write ``docs`` synthetic statements (``bench_NNNNN.txt`` + ``.meta.json``) to ``dest``.

    Deterministic for a given raw folder, seed and token counter; every
    statement's bytes are distinct. Returns a summary dict.
    """
    from ...core.errors import PipelineError
    sources = load_sources(raw, count_tokens)
    if not sources:
        raise PipelineError(f"{raw}: no readable statement with a body paragraph to build the corpus from")
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    seen = set()
    total = 0
    width = max(5, len(str(docs - 1)))
    for i in range(docs):
        for attempt in range(100):
            text, meta, tokens = synthesize(sources, i if attempt == 0 else i + 1_000_003 * attempt, seed,
                                            doc_tokens)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest not in seen:
                break
        seen.add(digest)
        total += tokens
        name = f"bench_{i:0{width}d}"
        (dest / f"{name}.txt").write_text(text, encoding="utf-8")
        (dest / f"{name}.meta.json").write_text(json.dumps(meta, sort_keys=True) + "\n", encoding="utf-8")
    return {"docs": docs, "sources": len(sources), "estimated_tokens": total, "seed": seed,
            "doc_tokens": doc_tokens, "dir": str(dest)}


def model_tokenizer_counter(model):
    """Token counter using the spaCy model's own tokenizer."""
    import spacy
    nlp = spacy.load(model)
    tokenizer = nlp.tokenizer
    return lambda text: len(tokenizer(text))


def _chunker():
    try:
        from ...runner.tag import _chunks
        return _chunks
    except ImportError:  # the tag stage no longer cuts long paragraphs this way
        return lambda folded, limit: [(0, len(folded))]


def tagged_texts(seg, limit):
    """The texts ``tag_document`` gives to ``nlp.pipe`` for one segment record."""
    from ...core.textio import fold
    from ...runner.tag import paragraph_content
    chunks = _chunker()
    raw = seg["text"]
    out = []
    for p in seg["paragraphs"]:
        if p["kind"] == "boilerplate":
            continue
        folded = fold(paragraph_content(raw, p))
        out += [folded[cs:ce] for cs, ce in chunks(folded, limit)]
    return out
