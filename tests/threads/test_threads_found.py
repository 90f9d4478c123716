"""Reports of the threads stage that the tag stage's records do not give as they are (issue 15):
series sentences of hard-wrapped (folded) paragraphs, an event launched read as an event held."""
import hashlib

from pipeline.core.textio import fold
from pipeline.threads.found import folded_starts, found_reports
from pipeline.threads.items import acts_of, load_model, raw_text

# A fact sheet's paragraph hard-wrapped at 70 columns and indented: its folded text is shorter
# than its raw span, so offsets into the text are not raw offsets.
RAW = ("Quad Fellowship\n\n"
       "-   Together with the Institute of International Education, which leads\n"
       "    implementation of the Quad Fellowship, Quad governments welcome the\n"
       "    second cohort of Quad Fellows and the expansion of the program to\n"
       "    include Southeast Asian students. The program is funded by partners.\n")


def _folded_para(raw):
    start = raw.index("Together")
    end = raw.rindex(".") + 1
    return {"index": 1, "kind": "body", "start": start, "end": end, "text": fold(raw[start:end]),
            "commitments": [], "prospects": [], "reports": [], "dates": [], "organizations": []}


def test_a_series_sentence_of_a_hard_wrapped_paragraph_gets_raw_offsets_from_the_raw_text():
    model = load_model()
    para = _folded_para(RAW)
    found = found_reports(para, model, RAW)
    assert len(found) == 1
    rec = found[0]
    assert rec["text"].startswith("Together with the Institute") and rec["text"].endswith("Southeast Asian students.")
    assert fold(RAW[rec["start"]:rec["end"]]) == rec["text"]  # raw offsets: the slice folds to the text


def test_a_folded_paragraph_without_its_raw_text_gives_no_found_report():
    model = load_model()
    para = _folded_para(RAW)
    assert found_reports(para, model) == []
    assert folded_starts(para, RAW.replace("second", "third ")) is False  # not the text the extraction read


def test_the_raw_text_is_read_only_when_it_is_the_text_extracted(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(RAW, encoding="utf-8")
    sha = hashlib.sha256(RAW.encode("utf-8")).hexdigest()
    assert raw_text({"source": str(path), "sha256": sha}) == RAW
    assert raw_text({"source": str(path), "sha256": "0" * 64}) is None
    assert raw_text({"source": str(tmp_path / "missing.txt"), "sha256": sha}) is None


# "launched the inaugural ... Forum": an event of a series started is an event held, and fulfills
# "will convene a business and investment forum"; launching a programme is no meeting.
def test_a_launched_inaugural_forum_is_a_meeting_held():
    model = load_model()
    sentence = ("The Quad successfully launched the inaugural [LINK: Quad Technology Business and Investment Forum "
                "Outcomes (amazonaws.com)] Quad Technology Business and Investment Forum in Sydney, Australia in "
                "December 2022.")
    rec = {"text": "The Quad successfully launched the inaugural [LINK: Quad Technology Business and", "trigger": "launch"}
    assert acts_of("report", rec, model, sentence) == {"create", "meet"}
    programme = {"text": "The Quad launched the Quad Fellowship programme for graduate students.", "trigger": "launch"}
    assert acts_of("report", programme, model) == {"create"}
