"""Extraction pipeline for statements on international space cooperation.

The tree reads in data-flow order. ``core/``: settings, errors, text I/O and
the spaCy extensions every stage shares. The stages: ``segment`` (raw text ->
paragraphs), ``organizations/``, ``dates/``, ``commitments/`` (the three spaCy
components, in that order), ``export`` (JSONL per ../SCHEMA.md). ``runner/``:
the spaCy pipeline (``nlp``), one statement tagged (``tag``), a folder run with
its cache (``run``) and the cache key (``fingerprint``). ``tools/``: diff,
review, tables, add, evaluate, gate, unknown_orgs, bench. ``cli``: the command
line, ``python -m pipeline <command>``. Imports flow one way: core <- stages
<- runner <- tools <- cli (tests/test_layout.py).
"""

__version__ = "0.1.0"
