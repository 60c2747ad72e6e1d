import re


def matches_all(text: str, words: list[str]) -> bool:
    pattern = ".*".join(words)
    return re.search(pattern, text, re.DOTALL) is not None
