"""One place for the pipeline's errors.

Every message names the file, the place, the bad value and what would be
accepted, so a user can fix the input without reading code.
"""


class PipelineError(Exception):
    """An error the user can act on; its message is shown as is."""


class InputError(PipelineError):
    """A raw statement or sidecar that cannot be processed."""

    def __init__(self, path, problem, hint=None):
        self.path = str(path)
        self.problem = problem
        self.hint = hint
        msg = f"{self.path}: {problem}"
        if hint:
            msg += f" ({hint})"
        super().__init__(msg)


class SpanError(PipelineError):
    """A span whose offsets do not slice back to its text."""
