"""The statement's own date, from its dateline, header, meeting sentence or signature line."""
import datetime as dt
import functools
import re

from .lexicon import day_in_words, lexicon


@functools.lru_cache(maxsize=None)
def _month_names():
    """Month names and abbreviations without their dot, to their numbers (English, then
    the other languages' names for a statement or header not in English)."""
    other = {k: v for k, v in lexicon()["statement_date"].get("other_months", {}).items() if not k.startswith("_")}
    return other | {k.rstrip("."): v for k, v in lexicon()["months"].items()} | {"mar": 3}


@functools.lru_cache(maxsize=None)
def _full_date_re():
    lex = lexicon()
    month = r"(?:" + "|".join(sorted(_month_names(), key=len, reverse=True)) + r")\.?"
    weekday = r"(?:(?:" + "|".join(sorted(lex["weekdays"])) + r"),?\s+)?"
    day = r"\d{1,2}(?:st|nd|rd|th|\.)?"
    # "December 2-5, 2014", "11-13 June 2021": a statement closing a meeting is dated by its last day
    # "August 29 and 30, 2025", "19 and 20 November 2025": two days of one meeting, dated as a range
    mdy = weekday + rf"(?P<m1>{month})\s+(?P<d1>{day})(?:\s*(?:[-–]|and|&)\s*(?P<e1>\d{{1,2}}))?,?\s+(?P<y1>\d{{4}})"
    # "14 de marzo de 2024", "14 de março de 2024": Spanish and Portuguese join the parts with "de"
    dmy = weekday + (rf"(?P<d2>{day})(?:\s*(?:[-–]|and|&)\s*(?P<e2>\d{{1,2}}))?\s+(?:of\s+|de\s+)?(?P<m2>{month}),?"
                     rf"\s+(?:de\s+)?(?P<y2>\d{{4}})")
    iso = r"(?P<y3>\d{4})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01])"
    # Japanese and Chinese 年月日, Korean 년월일
    # Japanese and Chinese 年月日, Korean 년월일; a Japanese era year (令和6年, 平成31年, 令和元年)
    eras = "|".join(sorted(k for k in lexicon()["statement_date"]["japanese_eras"] if not k.startswith("_")))
    cjk = (rf"(?:(?P<era>{eras})\s*(?P<ey>\d{{1,2}}|元)|(?P<y4>\d{{4}}))"
           r"\s*[年년]\s*(?P<m4>\d{1,2})\s*[月월]\s*(?P<d4>\d{1,2})\s*[日일]")
    # numeric dates whose order is not in doubt: day first with dots ("14.03.2024", "14. 3. 2024"),
    # year first with dots or slashes ("2024.03.14", "2024/3/14"); with slashes day and month
    # only where one of them is over 12 (_date_of_match), since "05/06/2024" reads both ways
    # day first with hyphens too ("Nieuwsbericht | 01-11-2023 | 17:30"): the order of most of the world;
    # a month-first "10-18-2019" is read only when its day is over 12 (_numeric_parts)
    dots = r"(?P<d6>\d{1,2})(?:\.\s?(?P<m6>\d{1,2})\.\s?|-(?P<m6h>\d{1,2})-)(?P<y6>\d{4})"
    ymd = r"(?P<y7>\d{4})(?P<s7>[./])\s?(?P<m7>\d{1,2})(?P=s7)\s?(?P<d7>\d{1,2})\.?"
    slash = r"(?P<a8>\d{1,2})/(?P<b8>\d{1,2})/(?P<y8>\d{4})"
    # Vietnamese "ngày 14 tháng 3 năm 2024"; Hungarian "2024. március 14."
    viet = r"ngày\s+(?P<d9>\d{1,2})\s+tháng\s+(?P<m9>\d{1,2})\s+năm\s+(?P<y9>\d{4})"
    hung = rf"(?P<y10>\d{{4}})\.\s+(?P<m10>{month})\s+(?P<d10>\d{{1,2}})\.?"
    # an agreement's signature clause: "this thirteenth day of January, 2023", "the twenty-first day of May 2024"
    ordinal = "|".join(sorted(lex["day_ordinals"], key=len, reverse=True))
    tens = "|".join(sorted(lex["day_ordinal_tens"]))
    words = rf"(?P<d5>(?:(?:{tens})[-\s])?(?:{ordinal}))\s+day\s+of\s+(?P<m5>{month}),?\s+(?P<y5>\d{{4}})"
    return re.compile(rf"(?<![\w/.])(?:{mdy}|{dmy}|{iso}|{words}|{dots}|{ymd}|{slash}|{viet}|{hung})(?![\w/])|{cjk}", re.I)


def _date_of_match(m):
    months = _month_names()
    if m.group("y1"):
        y, mo, d = m.group("y1"), months[m.group("m1").lower().rstrip(".")], m.group("e1") or m.group("d1")
    elif m.group("y2"):
        y, mo, d = m.group("y2"), months[m.group("m2").lower().rstrip(".")], m.group("e2") or m.group("d2")
    elif m.group("y5"):
        y, mo, d = m.group("y5"), months[m.group("m5").lower().rstrip(".")], str(day_in_words(m.group("d5")) or "")
    elif m.group("y3"):
        y, mo, d = m.group("y3"), int(m.group("m3")), m.group("d3")
    elif m.group("m4"):
        y, mo, d = _cjk_year(m), int(m.group("m4")), m.group("d4")
    elif m.group("y10"):
        y, mo, d = m.group("y10"), months[m.group("m10").lower().rstrip(".")], m.group("d10")
    else:
        y, mo, d = _numeric_parts(m)
    day = re.match(r"\d+", d)
    if day is None:
        raise ValueError(f"no day in {m.group(0)!r}")   # "thirty-thirteenth day of ..."
    return dt.date(int(y), mo, int(day.group(0)))


def _cjk_year(m):
    """The Western year of a CJK date: written out, or an era's year (元 is its first)."""
    if m.group("y4"):
        return m.group("y4")
    era_year = 1 if m.group("ey") == "元" else int(m.group("ey"))
    return str(lexicon()["statement_date"]["japanese_eras"][m.group("era")] + era_year)


def _numeric_parts(m):
    """(year, month, day) of a numeric date; ValueError when day and month could be swapped."""
    if m.group("m6h"):
        first, second = int(m.group("d6")), int(m.group("m6h"))
        if second > 12 >= first:
            return m.group("y6"), first, str(second)
        return m.group("y6"), second, str(first)
    for n in (6, 7, 9):
        if m.group(f"y{n}"):
            return m.group(f"y{n}"), int(m.group(f"m{n}")), m.group(f"d{n}")
    a, b = int(m.group("a8")), int(m.group("b8"))
    if a > 12 >= b or a == b:
        return m.group("y8"), b, str(a)
    if b > 12 >= a:
        return m.group("y8"), a, str(b)
    raise ValueError(f"day and month not told apart in {m.group(0)!r}")


def _full_dates(text):
    """(start, end, date) of every full date (day, month and year) in a text; a year before
    ``min_year`` is of another calendar (a Hijri stamp's "1443/12/17"), not the statement's."""
    out = []
    min_year = lexicon()["statement_date"]["min_year"]
    for m in _full_date_re().finditer(text):
        try:
            day = _date_of_match(m)
        except (ValueError, KeyError):
            continue
        if day.year >= min_year:
            out.append((m.start(), m.end(), day))
    return out


@functools.lru_cache(maxsize=None)
def _weekday_date_re():
    lex = lexicon()
    month = r"(?:" + "|".join(sorted(_month_names(), key=len, reverse=True)) + r")\.?"
    weekday = r"(?P<w>" + "|".join(sorted(lex["weekdays"])) + r"),?\s+"
    return re.compile(rf"(?<!\w){weekday}(?:(?P<m1>{month})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{month}))"
                      rf"(?:st|nd|rd|th)?(?!,?\s+\d{{4}})(?!\w)", re.I)


def _weekday_dates(text, years):
    """Dates given by weekday, month and day without a year ("Tuesday, April 16"): the year
    is the latest of ``years`` (or the year after it) on which that day is that weekday."""
    weekdays = lexicon()["weekdays"]
    months = _month_names()
    out = []
    for m in _weekday_date_re().finditer(text):
        month = months.get((m.group("m1") or m.group("m2")).lower().rstrip("."))
        day = int(m.group("d1") or m.group("d2"))
        want = weekdays.get(m.group("w").lower())
        if month is None or want is None:
            continue
        latest = max(years)
        for year in (latest + 1, latest):
            try:
                if dt.date(year, month, day).weekday() == want:
                    out.append((m.start(), m.end(), dt.date(year, month, day)))
                    break
            except ValueError:
                continue
    return out


# a dateline opening the body: capitalized place words before the date, a dash or the end after it
# (place names join their words with lower-case particles: "Ciudad de México", "Dar es Salaam")
_DATELINE_HEAD = re.compile(r"^[\s(\[]*(?:[A-Z][\w.'’-]*[\s,()\[\]]*(?:(?:de|del|da|do|dos|das|di|du|des|la|le|es|el|al|am|an|der)\s+)?)*"
                            r"(?:[-–—]+\s*)?$")
_LEAD_HEAD = re.compile(r"^(?:On|Today,?|This)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$")
# a dash, a colon, the end; or a full stop before a dash or the lead ("Madrid, 30 de mayo de 2023. La ministra",
# "Ciudad de México, 9 de diciembre de 2021.- El Gobierno")
_DATELINE_TAIL = re.compile(r"^\s*[)\]]?\s*(?:[-–—:/|]|\.(?:\s*[-–—]|\s|$)|$)")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“(])")


# a notice's sentences ("... released online from January 20, 2009 to January 20, 2017. Content in ..."): no stamp
_STAMP_SENTENCE = re.compile(r"(?<=[a-z\d]{2})[.!?]\s+[A-Z]")
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


def statement_date(paragraphs):
    """The statement's own date from ``(kind, folded text)`` pairs, or None.

    In the order of ANNOTATION 3 (a dateline, else a header field, a caption, the lead sentence):
    an adoption line of the header ("Resolution adopted by the General Assembly on 5 December
    2013"); a dateline (a meta paragraph anywhere, "Geneva, 31 January 2023"), else a title or
    heading above the first body paragraph; a reprint's lead saying when the text was issued; a
    dateline opening one of the first body paragraphs ("WASHINGTON, May 9, 2014 - ...",
    "Madrid, 30 de mayo de 2023. La ministra ..."); a page's own date stamp above its text, though
    boilerplate (with a clock time first: "March 21, 2023 15:45", "Date 2023-04-26 Hit 2417",
    "By NASRDA Media | December 14, 2022 | News & Events"), when it is no update stamp, and a
    header block's date field ("Sent: Tuesday, June 25, 2019 4:12 PM", "Posted on: 14 September
    2021"); the first full date in the first body paragraphs that says when the meeting was
    held; a photo caption's full date; the signature line of an agreement ("Signed at Tokyo on
    October 28, 2025"); a date of adoption or issue anywhere ("Adopted by the General Assembly
    ... on 13 December 1996"); a weekday with a month and day ("Tuesday, April 16") whose year
    the text's own years fix. None when the text gives none: never a guess.
    """
    conf = lexicon()["statement_date"]
    stamps = paragraphs
    paragraphs = [(kind, text) for kind, text in paragraphs if kind != "boilerplate"]
    bodies = [text for kind, text in paragraphs if kind == "body"][:conf["body_paragraphs"]]
    stamps = _above_text(stamps)
    for step in (lambda: _header_adoption_date(paragraphs, conf), lambda: _header_date(paragraphs),
                 lambda: _heading_dateline(paragraphs, conf), lambda: _issued_date(_lead_texts(stamps, bodies), conf),
                 lambda: _body_dateline(bodies),
                 lambda: _stamp_date(stamps, conf, timed=True), lambda: _stamp_date(stamps, conf),
                 lambda: _field_date(stamps, conf),
                 lambda: _meeting_date(bodies, conf), lambda: _caption_date(paragraphs),
                 lambda: _signature_date(paragraphs, conf), lambda: _adoption_date(paragraphs, conf),
                 lambda: _issuer_block_date(stamps, conf), lambda: _weekday_date(paragraphs, conf)):
        found = step()
        if found:
            return found
    return None


@functools.lru_cache(maxsize=None)
def _update_words():
    """The words that say when a page was updated (``stamp_not_words``), as one pattern."""
    words = lexicon()["statement_date"]["stamp_not_words"]
    return re.compile("|".join(re.escape(w) for w in words), re.I)


def _above_text(paragraphs):
    """The paragraphs with the page's header told from its text: a body paragraph above any title,
    heading or dateline and right above boilerplate (a cookie notice, a letterhead taken for text)
    is relabelled ``header``, so that the stamps below it still count as above the text."""
    out = list(paragraphs)
    for i, (kind, text) in enumerate(out):
        if kind in ("title", "heading", "meta"):
            break
        if kind != "body":
            continue
        after = next((k for k, _t in out[i + 1:]), None)
        if after != "boilerplate":
            break
        out[i] = ("header", text)
    return out


def _stamp_date(paragraphs, conf, timed=False):
    """The first full date of a short boilerplate line above the first body paragraph, before
    any word that says when the page was updated. ``timed``: only a stamp with a clock time ("March 21, 2023
    15:45", "Press release 13 July 2023 18:40"), a page's time of publication, which comes
    before the dates the text's sentences give."""
    not_own = _update_words()
    for kind, text in paragraphs:
        if kind == "body":
            break
        if kind != "boilerplate" or (timed and not CLOCK_TIME.search(text)):
            continue
        # "Publié le 16 décembre 2022 - Mis à jour le 19 décembre 2022": the date before the update's
        update = not_own.search(text)
        stamp = text[:update.start()] if update else text
        # a stamp is short fields: the date within its first words ("KYODO NEWS - Oct 18, 2019 - 19:45 |
        # All, Japan, World, Science", "By NASRDA Media | December 14, 2022 | News & Events | 0 Comments")
        words = len(stamp.split())
        if words > conf["stamp_max_line_words"] or (words > conf["stamp_max_words"] and _STAMP_SENTENCE.search(stamp)):
            continue
        found = [f for f in _full_dates(stamp) if len(stamp[:f[1]].split()) <= conf["stamp_max_words"]]
        if found:
            return found[0][2]
    return None


def _lead_texts(paragraphs, bodies):
    """The texts above the first body paragraph (boilerplate included: a syndicator's lead is
    boilerplate), then the first body paragraphs."""
    lead = []
    for kind, text in paragraphs:
        if kind == "body":
            break
        lead.append(text)
    return lead + list(bodies)


def _issued_date(texts, conf):
    """A reprint's lead that says when the text it reprints was issued ("WASHINGTON, May 2 --
    The White House issued the following joint statement on May 1, 2023:"): that day, not the
    syndicator's stamp above it."""
    verbs = "|".join(re.escape(w) for w in conf["issued_following_verbs"])
    issued = re.compile(rf"\b(?:{verbs})\s+the\s+following\b[^.:;]{{0,80}}?\s(?:on|dated)\s+$", re.I)
    for text in texts:
        for start, _end, day in _full_dates(text):
            if issued.search(text[max(0, start - 120):start]):
                return day
    return None


def _field_date(paragraphs, conf):
    """The date field of a header block above the text ("From: ... Sent: Tuesday, June 25, 2019
    4:12 PM To: ... Subject: ..." of an e-mail newsletter), though boilerplate and longer than a
    stamp: the date right after its label."""
    labels = "|".join(re.escape(w) for w in conf["date_field_labels"])
    field = re.compile(rf"(?:^|\s)(?:{labels})(?:\s+on)?\s*:\s*$", re.I)
    for kind, text in paragraphs:
        if kind == "body":
            break
        if kind not in ("boilerplate", "meta"):
            continue
        for start, _end, day in _full_dates(text):
            if field.search(text[max(0, start - 30):start]):
                return day
    return None


def _issuer_block_date(paragraphs, conf):
    """The date field of a closing "Issued by" block ("Issued by: Department of Science, Technology
    and Innovation" / "Date: 27 February 2025"), though boilerplate and below the text: government
    statements that give their date nowhere else give it there, the issuer's line first."""
    labels = "|".join(re.escape(w) for w in conf["date_field_labels"])
    field = re.compile(rf"(?:^|\s)(?:{labels})\s*:\s*$", re.I)
    issued = re.compile(r"^\s*(?:issued|released|published)\s+by\b", re.I)
    for k, (_kind, text) in enumerate(paragraphs):
        if not issued.match(text):
            continue
        for _kind, block in paragraphs[k:k + 2]:     # the issuer's paragraph, then the one below it
            for start, _end, day in _full_dates(block):
                if field.search(block[max(0, start - 30):start]):
                    return day
    return None


def _header_adoption_date(paragraphs, conf):
    """A header line that says when the text was adopted ("Resolution adopted by the General
    Assembly on 5 December 2013" under "Distr.: General 10 December 2013"): an intergovernmental
    document's header gives its distribution date first, but the statement is the adoption."""
    words = "|".join(re.escape(w) for w in conf["header_adoption_words"])
    adopted = re.compile(rf"\b(?:{words})\b", re.I)
    for kind, text in paragraphs:
        if kind == "body":
            break
        if kind not in ("meta", "title", "heading"):
            continue
        for start, _end, day in _full_dates(text):
            before = text[max(0, start - conf["adoption_chars"]):start]
            if adopted.search(before) and not re.search(r"[.;:]\s", before[adopted.search(before).end():]):
                return day
    return None


def _header_date(paragraphs):
    """The first full date of a meta paragraph (a dateline, "Geneva, 31 January 2023"), else of a
    title or heading above the first body paragraph: a document's title block may give the dates
    of the session it was delivered at ("Third session, Geneva, 30 January – 3 February 2023")."""
    for kind, text in paragraphs:
        if kind == "meta":
            found = _full_dates(text)
            if found:
                return found[0][2]
    for kind, text in paragraphs:
        if kind == "body":
            break
        if kind in ("title", "heading"):
            found = _full_dates(text)
            if found:
                return found[0][2]
    return None


def _heading_dateline(paragraphs, conf):
    """A title or heading that is a dateline and nothing else ("Dakar, le 16 août 2024", "Geneva, 31 January
    2023") among the statement's first paragraphs, though a menu line above it was taken for text (a
    dateline set as a paragraph of its own is the statement's, whatever kind the page gave it)."""
    for kind, text in paragraphs[:conf["dateline_paragraphs"]]:
        if kind not in ("title", "heading"):
            continue
        found = _full_dates(text)
        if len(found) == 1 and found[0][0] <= 60 and _DATELINE_HEAD.match(text[:found[0][0]]) \
                and not text[found[0][1]:].strip(" .–—-"):
            return found[0][2]
    return None


def _body_dateline(bodies):
    """A dateline opening one of the first body paragraphs ("WASHINGTON, May 9, 2014 - ...", under
    a letterhead taken for a paragraph), or a lead sentence that opens on the day of the event it
    reports ("On September 21, 2024, President ...")."""
    for text in bodies:
        found = _full_dates(text)
        if found and found[0][0] <= 60 and _DATELINE_HEAD.match(text[:found[0][0]]) \
                and _DATELINE_TAIL.match(text[found[0][1]:]):
            return found[0][2]
    if bodies:
        found = _full_dates(bodies[0])
        if found and _LEAD_HEAD.match(bodies[0][:found[0][0]]) and bodies[0][found[0][1]:].startswith(","):
            return found[0][2]
    return None


def _meeting_date(bodies, conf):
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
    return None


def _caption_date(paragraphs):
    """A photo caption names the occasion and often gives the only full date."""
    for kind, text in paragraphs:
        if kind == "caption":
            found = _full_dates(text)
            if found:
                return found[0][2]
    return None


def _signature_date(paragraphs, conf):
    # the signature line of an agreement is its dateline at the foot: "Signed at Tokyo on October 28, 2025"
    signature = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in conf["signature_words"]) + r")\b", re.I)
    for kind, text in paragraphs:
        if kind != "title" and signature.match(text):
            found = _full_dates(text)
            if found and found[0][0] <= conf["signature_chars"]:
                return found[0][2]
    return None


def _adoption_date(paragraphs, conf):
    """"Adopted by the General Assembly at its 83rd plenary meeting on 13 December 1996":
    the latest full date in a paragraph that opens with an adoption or issue word (a footnote
    or a closing line), not a future one."""
    words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in conf["adoption_words"]) + r")\b", re.I)
    not_own = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in conf["not_own_words"]) + r")\b", re.I)
    best = None
    for kind, text in paragraphs:
        if kind == "title":
            continue
        if not words.match(re.sub(r"^[\s\d*†.)]*", "", text)):
            continue
        for start, _end, day in _full_dates(text):
            before = text[max(0, start - conf["adoption_chars"]):start]
            if not not_own.search(before):
                best = max(best, day) if best else day
    return best


_YEAR = re.compile(r"(?<![\w/.-])(19[5-9]\d|20\d\d)(?![\w/-])")


def _weekday_date(paragraphs, conf):
    """"Tuesday, April 16" in the header, a caption or the lead: the year from the text's years."""
    years = {int(y) for _kind, text in paragraphs for y in _YEAR.findall(text)}
    if not years:
        return None
    lead = [text for kind, text in paragraphs if kind in ("meta", "title", "heading", "caption")]
    lead += [text for kind, text in paragraphs if kind == "body"][:conf["body_paragraphs"]]
    for text in lead:
        found = _weekday_dates(text, years)
        if found:
            return found[0][2]
    return None
