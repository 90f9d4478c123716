"""The answers tests' one way of building a statement's paragraph records from plain text."""
from pipeline.answers.countries import find_countries


def records_of(*paragraphs, countries=False):
    """(records, raw) of paragraphs given as (kind, text, {surface: canonical name}); with
    ``countries``, each record also holds the countries its text names."""
    records, raw = [], ""
    for kind, text, orgs in paragraphs:
        start = len(raw)
        found = []
        for surface, name in orgs.items():
            at = text.index(surface)
            found.append({"text": surface, "start": start + at, "end": start + at + len(surface), "names": [name]})
        record = {"kind": kind, "start": start, "end": start + len(text), "text": text,
                  "organizations": found, "dates": [], "commitments": []}
        if countries:
            record["countries"] = find_countries(text)
        records.append(record)
        raw += text + "\n\n"
    return records, raw
