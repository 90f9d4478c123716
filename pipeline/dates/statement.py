"""The statement's own date, from its dateline, header, meeting sentence or signature line."""
import datetime as dt
import functools
import re

from .lexicon import lexicon


@functools.lru_cache(maxsize=None)
def _month_names():
    """Month names and abbreviations without their dot, to their numbers."""
    return {k.rstrip("."): v for k, v in lexicon()["months"].items()} | {"mar": 3}


@functools.lru_cache(maxsize=None)
def _full_date_re():
    lex = lexicon()
    month = r"(?:" + "|".join(sorted(_month_names(), key=len, reverse=True)) + r")\.?"
    weekday = r"(?:(?:" + "|".join(sorted(lex["weekdays"])) + r"),?\s+)?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    upto = r"(?:\s*[-–]\s*\d{1,2})?"  # "July 15-16, 2022" is dated by its first day
    mdy = weekday + rf"(?P<m1>{month})\s+(?P<d1>{day}){upto},?\s+(?P<y1>\d{{4}})"
    dmy = weekday + rf"(?P<d2>{day}){upto}\s+(?:of\s+)?(?P<m2>{month}),?\s+(?P<y2>\d{{4}})"
    iso = r"(?P<y3>\d{4})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01])"
    return re.compile(rf"(?<![\w/])(?:{mdy}|{dmy}|{iso})(?!\w)", re.I)


def _full_dates(text):
    """(start, end, date) of every full date (day, month and year) in a text."""
    months = _month_names()
    out = []
    for m in _full_date_re().finditer(text):
        try:
            if m.group("y1"):
                y, mo, d = m.group("y1"), months[m.group("m1").lower().rstrip(".")], m.group("d1")
            elif m.group("y2"):
                y, mo, d = m.group("y2"), months[m.group("m2").lower().rstrip(".")], m.group("d2")
            else:
                y, mo, d = m.group("y3"), int(m.group("m3")), m.group("d3")
            out.append((m.start(), m.end(), dt.date(int(y), mo, int(re.match(r"\d+", d).group(0)))))
        except (ValueError, KeyError):
            continue
    return out


# a dateline opening the body: capitalized place words before the date, a dash or the end after it
_DATELINE_HEAD = re.compile(r"^[\s(\[]*(?:[A-Z][\w.'’-]*[\s,()\[\]]*)*(?:[-–—]+\s*)?$")
_DATELINE_TAIL = re.compile(r"^\s*[)\]]?\s*(?:[-–—:/|]|$)")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“(])")


def statement_date(paragraphs):
    """The statement's own date from ``(kind, folded text)`` pairs (boilerplate left out), or None.

    The dateline or header first (meta paragraphs; title and heading
    paragraphs before the first body paragraph; a date opening the first body
    paragraph, "WASHINGTON, May 9, 2014 - ..."), else the first full date in
    the first body paragraphs that says when the meeting was held, else the
    signature line of an agreement ("Signed at Tokyo on October 28, 2025").
    """
    conf = lexicon()["statement_date"]
    header = True
    for kind, text in paragraphs:
        if kind == "body":
            header = False
        if kind == "meta" or (header and kind in ("title", "heading")):
            found = _full_dates(text)
            if found:
                return found[0][2]
    bodies = [text for kind, text in paragraphs if kind == "body"][:conf["body_paragraphs"]]
    if bodies:
        found = _full_dates(bodies[0])
        if found and found[0][0] <= 60 and _DATELINE_HEAD.match(bodies[0][:found[0][0]]) \
                and _DATELINE_TAIL.match(bodies[0][found[0][1]:]):
            return found[0][2]
    words = sorted(conf["meeting_words"], key=len, reverse=True)
    meeting = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    not_own = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in conf["not_own_words"]) + r")\b", re.I)
    for text in bodies:
        for start, _end, day in _full_dates(text):
            lo = max(0, start - conf["window_chars"])
            before = text[lo:start]
            cuts = list(_SENTENCE_END.finditer(before))
            if cuts:
                before = before[cuts[-1].end():]
            clause = re.split(r"[;]", before)[-1]
            hit = list(meeting.finditer(clause))
            if not hit:
                continue
            if not_own.search(clause[max(0, hit[-1].start() - 40):]):
                continue
            return day
    # the signature line of an agreement is its dateline at the foot: "Signed at Tokyo on October 28, 2025"
    signature = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in conf["signature_words"]) + r")\b", re.I)
    for kind, text in paragraphs:
        if kind != "title" and signature.match(text):
            found = _full_dates(text)
            if found and found[0][0] <= conf["signature_chars"]:
                return found[0][2]
    return None
