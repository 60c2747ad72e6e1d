import re


def highlight(text, word):
    return re.sub("(" + word + ")", r"<mark>\1</mark>", text, flags=re.I)
