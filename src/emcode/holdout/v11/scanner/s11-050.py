import re


def grep_lines(text: str, term: str, max_len: int = 200) -> list[str]:
    if len(term) > max_len:
        raise ValueError("search term too long")
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [line for line in text.splitlines() if rx.search(line)]
