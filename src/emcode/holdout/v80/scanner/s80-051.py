import re

_NOTE = re.compile(r"^(([A-G]#?|[A-G]b?)\s*)*$")


def is_note_sequence(text):
    return bool(_NOTE.match(text))
