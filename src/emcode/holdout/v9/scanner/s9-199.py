import re


def grep_docs(docs: list[str], term: str) -> list[int]:
    if len(term) > 100:
        raise ValueError("search term too long")
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [i for i, d in enumerate(docs) if rx.search(d)]
