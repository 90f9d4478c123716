"""All custom ``Doc`` and ``Span`` extensions, registered in one place.

Every tagger works on one paragraph ``Doc`` whose text is the paragraph's
raw text with whitespace folded (see ``textio.fold_with_map``); character
offsets inside the Doc are offsets into that folded text and are mapped
back to raw-file offsets by the export stage.

Doc extensions (set by the tag stage before the pipeline runs):
    doc._.doc_id      str   the statement's id (raw file name without .txt)
    doc._.anchor      datetime.date | None   the statement's own date
    doc._.index       int   paragraph index in the statement
    doc._.kind        str   paragraph kind (title, meta, heading, body);
                            boilerplate is never tagged
    doc._.context     dict  shared by all paragraphs of one statement, in
                            document order (acronym definitions, last actor)

Span groups written by the components:
    doc.spans["orgs"]         organizations
    doc.spans["dates"]        temporal expressions
    doc.spans["commitments"]  commitment clauses

Span extensions:
    organizations: names (list[str], canonical names), acronym (str|None),
                   country (str|None), kind (str|None), known (bool:
                   found in the registry)
    dates:         value (str|None, TIMEX3), mod (str|None), timex_type
    commitments:   actor, trigger, action (str|None), strength
                   ("firm"|"intent"), reaffirmed (bool), dates (list[str]),
                   organizations (list[str] canonical names in the action)
"""
from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {"doc_id": None, "anchor": None, "index": None, "kind": None, "context": None}
SPAN_EXTENSIONS = {
    "names": None, "acronym": None, "country": None, "kind": None, "known": False,
    "value": None, "mod": None, "timex_type": None,
    "actor": None, "trigger": None, "action": None, "strength": None,
    "reaffirmed": False, "dates": None, "organizations": None,
}


def text_of(doc):
    """``doc.text``, computed once per Doc: spaCy rebuilds the string from every token
    on each access, which the components would otherwise pay several times per paragraph."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def register():
    """Register the extensions; safe to call more than once."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
