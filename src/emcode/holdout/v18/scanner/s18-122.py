import re


def grep_lines(lines, term):
    """Filter log lines containing the literal term typed into the search box."""
    if len(term) > 200:
        raise ValueError("search term too long")
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [ln for ln in lines if rx.search(ln)]
