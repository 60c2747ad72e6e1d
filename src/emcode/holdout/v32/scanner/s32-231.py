import re


def grep_case_notes(notes, needle):
    rx = re.compile(re.escape(needle), re.IGNORECASE)
    return [n for n in notes if rx.search(n)]
