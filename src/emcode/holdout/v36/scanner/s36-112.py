import re


def filter_manifest(lines, text):
    rx = re.compile(re.escape(text), re.IGNORECASE)
    return [ln for ln in lines if rx.search(ln)]
