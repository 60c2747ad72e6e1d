"""The one exception type the CLI turns into a one-line message and a non-zero exit."""


class EmcodeError(Exception):
    """A user-facing error: the message names the file/line/key and says what to do."""
