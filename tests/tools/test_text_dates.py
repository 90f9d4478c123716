"""``pipeline text-dates``: the date found in the text, sidecars hidden, against the sidecars' dates."""
import json

from pipeline.tools import text_dates


def _statement(folder, name, text, date):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(json.dumps({"date": date}), encoding="utf-8")


def test_text_dates_counts_correct_wrong_and_null(tmp_path, capsys):
    _statement(tmp_path, "a", "Joint Statement\n\nMay 9, 2014\n\nBoth sides met in Tokyo.\n", "2014-05-09")
    _statement(tmp_path, "b", "Joint Statement\n\nMay 9, 2014\n\nBoth sides met in Tokyo.\n", "2014-05-10")
    _statement(tmp_path, "c", "Joint Statement\n\nBoth sides met in Tokyo.\n", "2014-05-09")
    (tmp_path / "d.txt").write_text("No sidecar, not counted.\n", encoding="utf-8")
    assert text_dates.main(["--raw", str(tmp_path), "--list"]) == 0
    out = capsys.readouterr().out
    assert "3 statements with a sidecar date: text date correct 1, wrong 1, null 1" in out
    assert "b\tsidecar 2014-05-10\ttext 2014-05-09" in out and "c\tsidecar 2014-05-09\ttext null" in out


def test_text_dates_reports_an_unreadable_statement_by_name(tmp_path, capsys):
    _statement(tmp_path, "bad", "", "2014-05-09")
    assert text_dates.main(["--raw", str(tmp_path)]) == 1
    assert "bad.txt" in capsys.readouterr().out
