import re


def filter_names(names: list[str], term: str) -> list[str]:
    rx = re.compile(re.escape(term[:64]), re.IGNORECASE)
    return [n for n in names if rx.search(n)]
