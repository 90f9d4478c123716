"""Line and paragraph shapes of the segmenter: its patterns, thresholds and the boilerplate
rules of ``models/boilerplate.json`` (shared by ``pipeline/segment`` and its ``chrome`` passes)."""
import json
import re
from functools import lru_cache

from ..core.config import models_path

LINE_RE = re.compile(r"([^\r\n\f]*)(\r\n|\n|\r|\f|$)")
SENTENCE_END = re.compile(r"[.!?:;。！？：][\"'”’»)\]」』）]*$|[.!?][\"'”’»)\]]*\s*\([^()]{1,40}\)$")
STRONG_END = re.compile(r"[.!?。！？][\"'”’»)\]」』）]*$")
# list markers; a PDF's bullets may be Wingdings glyphs of the private use area ("\uf0a7") or arrows and squares
BULLET_SYMBOLS = "-•*–—·▪●◦\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8\uf06e■□►▸➢✓◆◇○"
# (a PDF's numbered paragraph sets its bare number in a column of its own, a wide gap before the text,
# and an IMO-style item its number after a point: "1        The Secretary-General ...", ".1     complete")
BULLET = re.compile(rf"^(?:[{BULLET_SYMBOLS}]\s|\(?\d{{1,3}}[.)]\s|\(?[a-zA-Z][.)]\s|\(?[ivxlcIVXLC]{{1,6}}[.)]\s|\.\d{{1,2}}\s|\d{{1,3}}(?:[ \t\u00a0]{{2,}}|\t)(?=\S))")
# a paragraph's or item's bare number in a column of its own, a wide gap before its text (a PDF letter's
# or an IMO document's: "1        The Secretary-General ...", ".1     complete ..."): left out of the
# paragraph's span, like a symbol bullet (a marker with its mark, "1.", "(a)", is kept: it reads as one)
NUMBER_COLUMN = re.compile(r"^(?:\d{1,3}|\.\d{1,2})(?:[ \t\u00a0]{2,}|\t)(?=\S)")
ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Prof|"
                              r"Amb|Hon|Rev|No|Nos|Vol|Art|Sec|para|Jr|Sr)\.$")
SYMBOL_BULLET = re.compile(rf"^[{BULLET_SYMBOLS}]\s")
CONNECTOR_END = re.compile(
    r"(?:[,\-–—/&(]|\b(?:a|an|the|of|in|on|at|to|for|by|with|from|and|or|nor|but|as|that|which|who|"
    r"whose|its|their|his|her|our|this|these|those|into|onto|upon|between|among|than|via|per|both|"
    r"is|are|was|were|be|been|will|shall|would|should|can|could|may|might|must|has|have|had|not|"
    r"including|such|U\.S\.|Mr\.|Ms\.|Dr\.))$")
# a title set in capitals over several lines is broken before a connecting word that starts its next
# line ("FOURTH MEETING OF THE ... JOINT WORKING GROUP" / "ON SPACE COOPERATION (JWG-4)"), in English,
# French or Spanish
CAPS_CONNECTOR_START = re.compile(r"^(?:OF|ON|IN|AND|FOR|TO|BETWEEN|AMONG|CONCERNING|REGARDING|WITH|AT|BY|FROM|"
                                  r"DE|DES|DU|ET|SUR|POUR|ENTRE|EN|Y|DEL|PARA|SOBRE)\s")
CAPS_LINE_MIN_SHARE = 0.85  # a line in capitals: this share of its letters upper case ("RESOLUTION No. 7/51-S&T")
BLANK_LINE = re.compile(r"\n[ \t]*\n|\f")  # a blank line (or a form feed) between two blocks
EMAIL_OR_URL = re.compile(r"^(?:\S+@\S+|https?://|www\.)")
WEB_ADDRESS = re.compile(r"\b[\w.+-]+@[\w-]+\.\w|\bwww\.[\w-]+\.\w|\bhttps?://\S")  # an e-mail or web address anywhere
LOWER_START = re.compile(r"^[\"'“‘(\[]?[a-z]")
# (a slash set off by spaces divides a breadcrumb: "ESA / Science & Exploration / Human and Robotic Exploration")
NAV_SPLIT = re.compile(r"(?:[ \t\u00a0\u2002\u2003\u2009]{2,}|\s*[|•·>»›]\s*| / )")
# (a brand's lower-case prefix is no label: "iQPS, a spin-off of ...": the label ends in two marks or letters)
# (nor is an elided article or preposition before an acronym: "Directeur général de l'ASAL, et ...")
RUN_TOGETHER = re.compile(r"(?<=\S[a-z.)’'])(?<!\b[A-Za-z][’'])(?<!\bqu[’'])(?=[A-Z]{3,}(?:[ .-]+[A-Z]{1,}\.?)*,\s)")
# a scraper runs a short header label into the dateline below it; a brand name inside a sentence
# ("... through SelectUSA, which brings ...") is no such run: the label is this many words at most
RUN_TOGETHER_MAX_WORDS = 8
STAMP_SEPARATORS = " -–—|"  # marks a page may set after a date stamp, before the next stamp
IDEOGRAPHIC_INDENT = "\u3000"  # the full-width space a CJK paragraph's first line is set in by
# a name's short form on the line below it ("(APRSAF-21)"); a heading in parentheses that opens
# with an article ("(The Japanese Note)") is no short form
SHORT_FORM_LINE = re.compile(r"^\((?!(?:the|a|an|le|la|les|der|die|das|el|los)\s)(?:[\w.&'’/-]+\s?){1,3}\)$", re.I)
# a text-mode browser (lynx, w3m) numbers each link of a page it dumps, glued to the link's first word
LINK_REF = re.compile(r"\[\d{1,4}\](?=[^\W\d_]|[\"'“‘(])")
SENTENCE_CUT = re.compile(r"[.!?][\"'”’)]*\s+(?=\S)")
PAGE_COUNT = re.compile(r"^\d{1,4}/\d{1,4}$")
# a page number on its own line: "12", "Page 2 of 3", "1/2", "- 3 -"
PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
LONE_MARKER = re.compile(r"^\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]$")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
DAY_RANGE = r"(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"  # "December 2-5, 2014", "11-13 June 2021"
# the months of other languages come from models/dates.json ("15. September 2023", "16 april 2024")
OTHER_MONTHS = "|".join(sorted((re.escape(m) for m in json.loads(models_path("dates.json").read_text(
    encoding="utf-8"))["statement_date"]["other_months"] if not m.startswith("_")), key=len, reverse=True))
# a date line in Japanese or Chinese (Western or imperial era year) or Korean: "令和元年3月15日", "2023년 11월 8일"
CJK_DATE = (r"(?:(?:令和|平成|昭和)(?:元|\d{1,2})|\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[（(].[)）])?"
            r"|\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일")
# a date in Portuguese or Spanish: "14 de abril de 2023", "9 de diciembre del 2021"
ROMANCE_DATE = rf"\d{{1,2}}º?\s+de\s+(?:{OTHER_MONTHS})\s+(?:de|del)\s+\d{{4}}"
DATELINE = re.compile(
    rf"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?:(?:{MONTHS}|{OTHER_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?{DAY_RANGE},?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?{DAY_RANGE}\s+(?:{MONTHS}|{OTHER_MONTHS}),?\s+\d{{4}}"
    rf"|{ROMANCE_DATE}|\d{{4}}-\d{{2}}-\d{{2}}|(?:{MONTHS})\s+\d{{4}}|{CJK_DATE})\.?$", re.I)
# a date in figures opening a line: "14.07.2022 Progress MS-20 ...", "2022-07-14 ...", "14/07/2022"
NUMERIC_DATE_LEAD = re.compile(r"^(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?:\s|$)")
# "WASHINGTON, D.C., June 7, 2022", "Tokyo, 3 March 2018": a place before the date
# (a French dateline puts "le" before the date: "Dakar, le 16 août 2024", "Paris, le 1er mars 2023")
PLACE_DATELINE = re.compile(
    rf"^(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){{0,5}})[ ,]*[-–—]?\s*"
    rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?:(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}),?\s+\d{{4}}"
    rf"|{ROMANCE_DATE}|le\s+\d{{1,2}}(?:er)?\s+(?:{OTHER_MONTHS})\s+\d{{4}})\.?$")
META_LINE = re.compile(r"^(?:for immediate release|media advisory|press release|news release|release\s*(?:no\.?\s*)?"
                       r"[\w-]*\d[\w-]*|statements? and releases|\d{2,4}-\d{2,4}|(?:by|from) the white house"
                       # a UN information service's release symbol: "UNIS/OS/518", "SG/SM/21345"
                       r"|(?-i:[A-Z]{2,6}(?:/[A-Z]{1,6})+/\d{1,6})"
                       # the meeting that adopted a resolution, closing it: "60th plenary meeting"
                       r"|\d{1,4}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting"
                       # a government release's issuer line below its text: "Issued by: Department of ..."
                       r"|issued by\s*:?\s+[^.!?:]{2,100})$", re.I)
# a news dateline opening a lead paragraph: a place in capitals, then a date ("VIENNA, 12 June
# (United Nations Information Service) - ...", "WASHINGTON, May 9 --"): never the end of a headline
DATELINE_LEAD = re.compile(rf"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.'’ -]+)?,\s+"
                           rf"(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\.?\s+\d{{1,2}})\b")
# a news agency's dateline on its own line, its tag and a dash after the date, the text on the
# line below ("Jeddah, July 16, 2022, SPA --"): the tag and the dash that this pattern strips
DATELINE_DASH_TAIL = re.compile(r"(?:,?\s*\(?[A-Z]{2,6}\)?)?\s*[-–—]{1,2}$")
# a clock time after a dateline's date ("March 21, 2023 15:45")
CLOCK_TAIL = re.compile(r",?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$", re.I)
# the place after a dateline's date and a dash ("December 16, 2020 – Longueuil, Quebec")
PLACE_TAIL = re.compile(r"\s+[-–—]\s+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?$")
# the place of a closing place-and-date block, on its own line: a few capitalised words, a comma allowed
# ("Nuku’alofa, Kingdom of Tonga": a connecting word inside the place's name)
CLOSING_PLACE = re.compile(r"^[A-Z][\w.'’-]*(?:,? (?:(?:of|de|del|du|di|da|do|la|le|am|an|der) )?[A-Z][\w.'’-]*){0,3}$")
PLACE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},(?: [A-Z][\w.'’-]*){1,3}\.?$")
# a word: a run of letters or digits; in Japanese and Chinese, written without spaces, two characters
WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,2}|[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")

HEADING_MAX_WORDS = 20
BLURB_HEADING_MAX_WORDS = 8  # "About ispace, inc.": an issuer's blurb heading that ends in its abbreviation
TITLE_MAX_WORDS = 35
CAPS_TITLE_MAX_WORDS = 70
CONTACT_MAX_WORDS = 12
FIELD_VALUE_MAX_WORDS = 10  # the value of a page's metadata field on the line below its label
REPEAT_MIN_WORDS = 8
RUNNING_HEADER_MAX_WORDS = 14
RUNNING_HEADER_MIN_REPEATS = 3
# a short line on two pages only is a running header or footer when each time it stands in its
# page's furniture block: within this many short lines of a page number line (or the top of the text)
PAGE_HEADER_MIN_REPEATS = 2
PAGE_BLOCK_MAX_LINES = 8
NAV_ITEM_MAX_WORDS = 4
MENU_RUN_MIN = 3
NAV_LONG_ITEM_MAX_WORDS = 7   # an entry of a long menu may run to this many words ...
LONG_MENU_MIN = 6             # ... in a run of at least this many entries
LONG_MENU_SHORT_SHARE = 0.6   # most of which are short (at most NAV_ITEM_MAX_WORDS words)
WRAP_FULL_SHARE = 0.7
WRAP_FIT_SHARE = 0.8  # a line continues when the next word would not have fitted within this share of the width
WRAP_OUTLIER = 1.15  # lines longer than this share of the 90th-percentile line are not wrapped text
WRAP_MIN_WIDTH = 40
WRAPPED_LINES_MIN_SHARE = 0.5
# a web page's paragraphs are each one long line: when this share of the text sits in lines longer
# than UNWRAPPED_LINE_SHARE times the width found, that width is the one of its short menu or
# related-news lines set one under the other, and the page is not hard-wrapped
UNWRAPPED_LINE_SHARE = 1.5
UNWRAPPED_TEXT_SHARE = 0.5
MENU_MAX_CHARS = 40
CENTERED_MIN_LEAD = 4  # blanks before each line of a centred title
CENTERED_SLACK = 4     # characters the centres of two lines of one centred title may differ by
# a Markdown export's link reads as its text: "[Share on X](https://x.com/intent/tweet?url=...)"
MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,80})\]\((?:https?://|www\.|/|#)[^()\s]*\)")
NAV_PART_MAX_WORDS = 4      # items of a menu line set apart by spaces or marks
NAV_BAR_PART_MAX_WORDS = 6  # items of a footer bar divided by '|'
# a rule line of symbols alone (a PDF page's footnote rule, a section divider)
SEPARATOR_LINE = re.compile(r"^[-_=*~–—•·.]{3,}$|^([-_=*~–—°]\s*){3,}$|^[-–—_=]{2}$")  # ("--" under a subheadline)
# the headline named by a sidecar's title: a paragraph holding this share of the title's words,
# at most HEADLINE_SLACK words more than the title's, in the first half of the statement; a
# paragraph of more than LEAD_MIN_WORDS words after it is the lead (the headline precedes it)
HEADLINE_TITLE_SHARE = 0.8
HEADLINE_SLACK = 10
LEAD_MIN_WORDS = 40


@lru_cache(maxsize=None)
def rules():
    data = json.loads(models_path("boilerplate.json").read_text(encoding="utf-8"))
    comp = lambda items: [(re.compile(r["pattern"], re.I), r["why"]) for r in items]  # noqa: E731
    return {
        "paragraph": comp(data["paragraph"]),
        "sentence": comp(data["sentence"]),
        "end_markers": [re.compile(p, re.I) for p in data["end_markers"]],
        "contact_line": [re.compile(p, re.I) for p in data["contact_line"]],
        "caption_credit": re.compile(data["caption"]["credit_end"], re.I),
        "caption_cues": re.compile(data["caption"]["cues"], re.I),
        "caption_min_words": data["caption"]["min_words"],
        "credit_names": re.compile(data["caption"]["credit_names"], re.I),
        "furniture": re.compile(data["page_furniture"]["lines"], re.I),
        "furniture_max_lines": data["page_furniture"]["max_lines"],
        "page_number_line": re.compile(data["page_furniture"]["page_number"], re.I),
        "foot_note": re.compile(data["page_furniture"]["foot_note"]),
        "link_sentence_max_chars": data["link_sentence_max_chars"],
        "honorific_line": re.compile(data["signature_block"]["honorific_line"], re.I),
        "name_line": re.compile(data["signature_block"]["name_line"], re.I),
        "title_start": re.compile(data["signature_block"]["title_start"], re.I),
        "party_line": re.compile(data["signature_block"]["party_line"], re.I),
        "blurb_heading": re.compile(data["issuer_blurb"]["heading"], re.I),
        "blurb_lead": re.compile(data["issuer_blurb"]["lead"], re.I),
        "footnote": re.compile(data["footnote"]["start"]),
        "blurb_min_share": data["issuer_blurb"]["min_share"],
        "address_street": re.compile(data["address_line"]["street"], re.I),
        "address_number": re.compile(data["address_line"]["number"]),
        "address_postal_city": re.compile(data["address_line"]["postal_city"], re.I),
        "address_max_words": data["address_line"]["max_words"],
    }


def word_count(text):
    return len(WORD.findall(text))


def is_sentence_end(text):
    return bool(SENTENCE_END.search(text)) and not ABBREVIATION_END.search(text)


HOUSE_NUMBER_END = re.compile(r"(?<![\w.,])\d{1,3}\.$")  # (a year, "in 2025.", ends a sentence)


def is_address_line(text):
    """A postal address line ("Paseo de la Castellana 162", "28046 MADRID", "SANSA Head Office,
    Enterprise Building, Mark Shuttleworth Street, ..., Pretoria, 0087"): no sentence, a street
    word with a number, or a postal code before a city in capitals (models/boilerplate.json)."""
    R = rules()
    # (a house number may close the line with a full stop: "H-1027 Budapest, Bem rakpart 47.")
    if word_count(text) > R["address_max_words"] or (STRONG_END.search(text) and not HOUSE_NUMBER_END.search(text)):
        return False
    if R["address_postal_city"].match(text):
        return True
    return bool(R["address_street"].search(text)) and bool(R["address_number"].search(text))


def _match(patterns, text):
    for pat, why in patterns:
        if pat.search(text):
            return why
    return None


def is_dash_dateline(text):
    """A dateline that ends in a dash and perhaps the agency's tag ("Jeddah, July 16, 2022, SPA --",
    "TOKYO, 3 March 2018 -"): it stands on its own line above the text it introduces."""
    cut = DATELINE_DASH_TAIL.search(text)
    if not cut or not cut.group(0).strip(" ,"):
        return False
    head = text[:cut.start()].rstrip(" ,")
    return bool(PLACE_DATELINE.match(head) or DATELINE.match(head))



# a stamp's label before its date ("Data: 13/10/2020", "Publicat în: ..."), a date in figures
# ("24.02.2021", "18/07/2024", "2025-02-28"), the parts of a page's stamp bar ('|' or wide spaces)
STAMP_LABEL = re.compile(r"^[^\W\d_][^\d:|,]{0,30}:\s*"  # (a place before a colon is a dateline: "Washington, DC: June 7")
                         # (a publication label may take no colon: "Publicado em 12 de Outubro de 2022", "Published on ...")
                         r"|^(?:published|posted|updated|last updated|publicado|publicada|publié|publiée|mis en ligne|"
                         r"veröffentlicht|aktualisiert|pubblicato|gepubliceerd|opublikowano)(?:\s+(?:on|em|el|le|am|il|op|at))?\s+(?=\d)",
                         re.I)
FIGURES_DATE = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})$")
STAMP_PARTS = re.compile(r"\s*\|\s*|[ \t\u00a0]{3,}")
STAMP_DASH = re.compile(r"\s+[-–—]\s+")
STAMP_MAX_WORDS = 20
DAY_SPAN = re.compile(r"(?<![\d./-])\d{1,2}\s*[-–—]\s*\d{1,2}\s+[^\W\d_]|[^\W\d_]\s*[-–—]\s*\d{1,2}\b(?![./-]\d)")  # "15–26 April", "29 January–9 February"


def _date_part(part):
    """Whether a part of a stamp line is a date, its label and clock time aside ("Date: 2025-02-28",
    "24.02.2021, 17:42", "09 de diciembre de 2021", "October 25, 2023")."""
    value = CLOCK_TAIL.sub("", STAMP_LABEL.sub("", part.strip())).rstrip(" ,.")
    return bool(value) and bool(DATELINE.match(value) or FIGURES_DATE.match(value))


def is_labelled_stamp(raw_text):
    """A page's date stamp run together with a label, the issuer, a section or a counter, on one line
    ("Data: 13/10/2020", "Publicat în: Informații de presă | 24.02.2021, 17:42", "Agencia Espacial
    Mexicana | 09 de diciembre de 2021", "Source: CMSA   Date: 2025-02-28   Font size: ..."): the
    page's chrome (written/NOTES-w15: a date alone on its line is a dateline, a stamp with a label
    is boilerplate)."""
    line = raw_text.strip()
    # (a list's entries give dates of their own: "•   Legal Subcommittee: 15–26 April 2024")
    if "\n" in line or STRONG_END.search(line) or word_count(line) > STAMP_MAX_WORDS or BULLET.match(line) \
            or DAY_SPAN.search(line):
        return False
    parts = [p for p in STAMP_PARTS.split(line) if p.strip()]
    if len(parts) > 1:
        # a bar's part may hold two stamps set apart by a dash ("Emre Aslan | 09.07.2024 - Update : 09.07.2024")
        parts = [q for p in parts for q in STAMP_DASH.split(p) if q.strip()]
    if len(parts) == 1:
        return bool(STAMP_LABEL.match(line)) and _date_part(line)
    # (a place beside the date is a dateline set with a bar: "San Francisco, United States | 17 November 2023")
    return any(_date_part(p) for p in parts) and not any(PLACE.match(p.strip()) for p in parts)


def wrap_width(ls):
    """The wrap width of a hard-wrapped file (its longest wrapped line), or None when lines are not wrapped."""
    inner = sorted(len(a.text) for a, b in zip(ls, ls[1:]) if not b.gap)
    if len(inner) < 3:
        return None
    typical = inner[int(0.9 * (len(inner) - 1))]
    if typical > 100:
        return None
    # the width is the longest line near the typical one: a header or a list line run past
    # the margin (a mailing list's "* Previous message: ..." line) is not what the text wraps at
    width = max(w for w in inner if w <= min(100, WRAP_OUTLIER * typical))
    # most lines of a wrapped paragraph are filled near the width; a page whose
    # consecutive lines are mostly short (a site's menu, one item a line) is not wrapped
    full = sum(1 for w in inner if w >= WRAP_FULL_SHARE * width)
    # (and no text is wrapped at a few words a line: such lines are a menu's)
    wrapped = full >= WRAPPED_LINES_MIN_SHARE * len(inner) and width >= WRAP_MIN_WIDTH
    return width if wrapped and not long_lines_hold_text(ls, width) else None


def long_lines_hold_text(ls, width):
    """Most of the text sits in lines far longer than ``width``: a web page whose paragraphs are
    each one line, whose only lines set one under the other are short (a menu, a list of related
    news: "Related News" / "KISR, KFAS discuss cooperation ..." / "UAE Space Agency launches ..."),
    is not hard-wrapped at their length."""
    total = sum(len(line.text) for line in ls)
    long = sum(len(line.text) for line in ls if len(line.text) > UNWRAPPED_LINE_SHARE * width)
    return long >= UNWRAPPED_TEXT_SHARE * total
