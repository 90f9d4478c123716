"""The review pages' own stylesheet and script, written next to the pages (no CDN), and
the search index as a script (``search-index.js``: a page opened from disk cannot fetch
JSON, it can load a script from its own folder, which the CSP allows as 'self').

Everything in the index is JSON with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped
as ``\\uXXXX``, so no statement text can close the script or break the literal.
"""
import json
from pathlib import Path

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'none'; base-uri 'none'; frame-ancestors 'none'")
STYLESHEET = "review.css"
SCRIPT = "review.js"
SEARCH_INDEX = "search-index.js"
HERE = Path(__file__).resolve().parent
ASSETS = (STYLESHEET, SCRIPT)


def js_literal(value):
    """``value`` as a JSON literal safe inside a script file or a ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, rep in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, rep)
    return text


def search_index_js(entries):
    """The search index script: ``window.REVIEW_INDEX = [...]``."""
    return "window.REVIEW_INDEX = " + js_literal(entries) + ";\n"


def asset_text(name):
    return (HERE / name).read_text(encoding="utf-8")
