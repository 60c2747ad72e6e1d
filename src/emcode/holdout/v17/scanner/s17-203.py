import re


def count_mentions(text: str, keyword: str) -> int:
    return len(re.findall(r"\b" + keyword + r"\b", text, flags=re.IGNORECASE))
