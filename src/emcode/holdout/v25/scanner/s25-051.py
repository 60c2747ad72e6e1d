import re


def highlight(text, term):
    out = text
    for hit in set(re.findall(term, text, flags=re.I)):
        out = out.replace(hit, "**" + hit + "**")
    return out
