"""Dates: temporal expressions with TIMEX3 values (issue 4, ANNOTATION.md section 3).

Method. Candidates come from a token ``Matcher`` built once per component
from the lexicon in ``models/dates.json`` (months, weekdays, seasons,
modifiers, relative words, the words that make a number a count or a name).
Each candidate is interpreted by its own pattern, so the granularity of the
value is what the text says ("2021" is ``2021``, "July 2020" is
``2020-07``), never a default filled in by a parser. dateparser, called on
the candidate text only (``languages=['en']``, ``RELATIVE_BASE`` = the
statement's date, cached), resolves the relative expressions ("last year",
"next month", "yesterday", "two weeks ago") and numeric formats
("11/30/2023"). spaCy ``DATE`` entities that no pattern touched go to it as
a last resort and are kept only when it reads a month and year from them.
The parse gives the tense that dates a month or day without a year.

Decisions (tests/dates/test_dates.py has a test for each):

- Span: the preposition is left out ("in", "on", "by"); "the end of",
  "the first half of", "early", "late", "mid-", "later" are kept.
- Values: day ``2020-08-26``, month ``2020-07``, year ``2021``, half
  ``2015-H1``, quarter ``2024-Q3``, season ``2025-FA`` (SP, SU, FA, WI),
  ISO week ``2023-W20``, decade ``203`` ("the 2030s", "this decade"),
  century ``20`` ("the 21st century": TIMEX3 writes the first two digits of
  the century's years). ``mod`` is START ("early", "the beginning of"),
  MID ("mid-", "the middle of") or END ("late", "the end of"). Every date
  has ``timex_type`` DATE (durations and sets are not tagged).
- Two dates, not one range: "2016 or 2017", "between February 28 and
  March 3", "from 2020 – 2023", "2023-2024", "July 15-16, 2022" ("July 15"
  and "16, 2022") and "24-26 July" ("24" and "26 July"): spaCy splits a
  hyphen between digits, so each end is its own span. A member without a
  year or month borrows it from its partner ("May and September 2022").
  spaCy keeps an en or em dash between digits in one token ("2024–2026",
  "March 14–15, 2023"): spans follow tokens, so that is one date valued by
  its first member.
- A month or day without a year takes the year of an explicit date of the
  same sentence about the same event (same verb, or the noun it hangs on:
  "the 2013 Roadmap released in August"), else the statement's date and
  the tense of the governing verb: past (VBD, VBN) the latest such date not
  after the statement's date, future ("will", "to", "scheduled") the next
  one on or after it, otherwise the statement's year. Weekdays the same way
  (the nearest one when the tense says nothing). "today" is the statement's
  date; "this/next/last" count from it.
- Fiscal years ("FY 2023", "fiscal year 2025", "FY2024") are the year.
- Not dates: ordinals and editions, names with numbers (COVID-19,
  UNISPACE+50, ISEF2, G20, 5G/6G, "Vision 2030", "Resolution 2231": a year
  right after a capitalized word is part of a name), counts and money
  ("$2030", "2025 students", "up to 2000"), identifiers ("2024-030"),
  durations ("30 years", "the past four years", "the coming year",
  "five-year"), sets ("annually", "each year"), vague times ("decades",
  "recent", "the months and years ahead", "nearly eight decades ago") and
  the generic present ("challenges we face today", "the workplace of
  tomorrow").
- A date whose value cannot be resolved (no statement date, February 30)
  keeps its span with value None.

``statement_date(paragraphs)`` reads the statement's own date in the order
of ANNOTATION 3: a dateline (meta paragraphs; title or heading paragraphs
before the first body paragraph; a dateline opening one of the first body
paragraphs, "WASHINGTON (May 9, 2014) --", "Madrid, 30 de mayo de 2023."),
else a header field (a page's date stamp above its text, though
boilerplate; an e-mail's date field), else the first full date in the
first body paragraphs that says when the meeting was held ("was held on
March 3, 2018"), a caption, the signature line of an agreement ("Signed at
Tokyo on October 28, 2025"); None otherwise.

Modules, in the order a paragraph goes through them: ``lexicon`` (the word
lists and one-token forms), ``grammar`` (the ``Cal`` record, the Matcher
patterns, what is not a date), ``interpret`` (each match read by its form,
range ends, spaCy's leftover DATE entities; the only caller of dateparser),
``syntax`` (tense and sentence from the parse), ``values`` (TIMEX3 values,
years and weekdays against the statement's date), ``resolve`` (from
candidates to dates: ``find_dates``), ``tagger`` (the ``date_tagger``
component); ``statement`` reads the statement's own date.
"""
from .lexicon import lexicon
from .resolve import find_dates
from .statement import statement_date
from .tagger import DateTagger, date_words, make_date_tagger, may_hold_date
from .grammar import build_matcher
from .syntax import governing_tense

__all__ = ["DateTagger", "make_date_tagger", "find_dates", "statement_date", "lexicon", "build_matcher",
           "date_words", "may_hold_date", "governing_tense"]
