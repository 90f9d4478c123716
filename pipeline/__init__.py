"""Extraction pipeline for statements on international space cooperation.

Stages (each a module with a CLI, ``python -m pipeline <stage>``):
segment (raw text -> paragraphs), tag (organizations, dates, commitments),
export (JSONL per ../SCHEMA.md). ``python -m pipeline run`` chains them.
"""

__version__ = "0.1.0"
