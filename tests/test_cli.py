"""``python -m pipeline``: every command resolves to a function; the stage commands live in cli.py."""
import pytest

from pipeline import cli


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_every_command_resolves(name):
    assert callable(cli.command(name))


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_every_command_has_help(name, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main([name, "--help"])
    assert exc.value.code == 0
    assert f"python -m pipeline {name}" in capsys.readouterr().out


def test_unknown_command(capsys):
    assert cli.main(["nope"]) == 2
    assert "unknown command" in capsys.readouterr().err
