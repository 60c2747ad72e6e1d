import re

def filter_names(names, pattern, is_regex=False):
    if not is_regex:
        pattern = pattern.replace(".", r"\.").replace("*", ".*")
    rx = re.compile(pattern)
    return [n for n in names if rx.fullmatch(n)]
