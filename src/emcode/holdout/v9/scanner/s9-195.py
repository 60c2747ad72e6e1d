import re


def grep_docs(docs: list[str], pattern: str) -> list[int]:
    rx = re.compile(pattern)
    return [i for i, d in enumerate(docs) if rx.search(d)]
