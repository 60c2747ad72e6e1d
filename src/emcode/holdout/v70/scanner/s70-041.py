import re

_PLOT = re.compile(r"\b([A-H])-(\d{1,2})\b")


def plot_refs(text):
    return [(m.group(1), int(m.group(2))) for m in _PLOT.finditer(text[:5000])]
