"""Commitments: what the parties promised (ANNOTATION.md section 4).

A commitment is a clause in which a party promises, agrees, decides or
declares an intention to take a future action. It is found on the
dependency parse, not by keyword search:

1. Trigger shapes are data (``models/commitment_triggers.jsonl``, one
   spaCy ``DependencyMatcher`` pattern per line with its family, strength
   and notes; word lists in ``models/commitment_lexicon.json`` can be used
   in patterns as ``"@name"``). Every pattern names a ``trigger`` node and
   the head of the promised ``action``; noun triggers ("reaffirmed their
   commitment to", "affirmed their intention to") also name the declaring
   verb, the ``frame``. Three kinds:

   - ``verb``: commit / agree / decide / pledge / resolve / concur on /
     intend / plan / aim / seek / hope + infinitive or "to/on" phrase;
   - ``noun``: a declaring verb (affirm, reaffirm, renew, express, share,
     announce ...) whose object is commitment / determination / intention /
     plan / interest + "to do" / "to X" / "in doing";
   - ``modal``: "will" / "shall" + verb with a party as subject.

2. A match is kept only when the clause is the statement's own assertion:
   a main clause, a coordinated clause, a participial clause of one, or a
   that-clause of a declaring verb ("announced that the United States
   commits to"). Dropped: relative clauses ("which will continue to
   guide"), clauses of acknowledgement ("welcomed Japan's intention to"),
   negated triggers ("did not agree"), questions, text inside quotation
   marks unless it names the body that promises ("China will work with
   UNOOSA", said the Ambassador), past perfect and triggers dated before the statement ("had
   agreed", "committed in 2022 to": reports of earlier acts), "would"
   except in reported speech of the parties ("confirmed that they would").

3. The actor must be a party: an organization, a country, a person, a
   pronoun (we, they), or a party noun with a specific determiner ("both
   sides", "the ISEF participants", "the two Presidents"). "will" needs
   such an actor and an action verb ("the mission will extend" is a
   description, not a promise). Passive "will be held/hosted" counts for
   meetings ("The next Forum will be held in Europe by 2021", actor null)
   and when the agent is a party ("hosted by Japan", actor Japan); so do
   verbs of setting up or providing ("A working group will be established",
   actor null), a legal text's "shall" except about the text itself ("shall
   be resolved through consultations between the Parties", actor the Parties),
   and impersonal decisions ("It was agreed to establish ..."). Staff of a
   named body ("MBRSC's engineers"), a group led by a party ("European
   industry, led by Thales Alenia Space": actor the leader) and a party's
   named initiative committing ("The Quad's CIS Initiative commits to") are
   parties; a party noun owned by a thing ("the rover's laboratory") is not.

4. Fields: ``actor`` (the subject as written, without relative clauses or
   appositions; "they" is resolved by :func:`resolve_document`),
   ``trigger`` (from the trigger or declaring verb to the action),
   ``action``, ``strength`` (from the pattern), ``reaffirmed`` (reaffirm /
   renew / reiterate / re-affirm, "continued commitment", "remain
   committed", a that-clause of "reaffirmed"), ``dates`` (values of the
   date spans in the action that are not inside a relative or adverbial
   clause, and not used as modifiers: "the 2013 report"),
   ``organizations`` (canonical names of organization spans in the action).

One commitment per trigger: coordinated actions under one commitment noun
("their determination to expand X and to seek Y") are one commitment; a
trigger inside the action of another is part of it. Coordinated "and will"
clauses, the "and to" infinitives of a promising verb ("agreed to update
X and to report on Y") and the ", and" verbs with objects of their own under
one "will" ("will intensify X, and continue Y") are one commitment each
(``split``), and so are the verbs of a serial list closing with ", and" ("will exchange
data ..., cooperate in research ..., and organize workshops"), an infinitive after a finite
relative clause ("agreed to set up a committee, which will meet ..., and to examine ...") and
a "while" clause of another party's task ("TASA will operate ..., while NOAA will fund ...").
Decisions on borderline cases (quotes, past reports, "look
forward to", "stand ready to") are written down in
``tests/commitments/test_commitments.py``; shapes of unseen publishers in
``test_unseen_shapes.py`` and ``test_ministry_shapes.py``.

Modules: ``triggers`` (the patterns and word lists, the gated matcher),
``syntax`` (parse helpers: asserted clauses, parties, phrase bounds),
``candidates`` (one commitment per trigger match, as named steps), ``split``
(coordinated infinitives of a promising verb),
``timing`` (the dates of the action), ``renewal`` (the reaffirmed flag), ``shapes`` (promise shapes
of unseen publishers), ``spans`` (the commitment Span and its
fields), ``tagger`` (the ``commitment_tagger`` component), ``document``
(pronoun actors across a statement: ``resolve_document``).
"""
from .candidates import Candidate, Rejected, find_commitments
from .document import resolve_document
from .lists import add_list_commitments
from .spans import to_span
from .tagger import ACTOR_USER_DATA, REJECTED_USER_DATA, CommitmentTagger, make_commitment_tagger
from .triggers import LEXICON_FILE, TRIGGERS_FILE, build_matcher, load_lexicon, load_triggers

__all__ = ["CommitmentTagger", "make_commitment_tagger", "resolve_document", "add_list_commitments", "find_commitments", "to_span",
           "Candidate", "Rejected", "load_lexicon", "load_triggers", "build_matcher", "TRIGGERS_FILE",
           "LEXICON_FILE", "ACTOR_USER_DATA", "REJECTED_USER_DATA"]
