import re


def highlight(text, term):
    return re.sub("(" + term + ")", r"<mark>\1</mark>", text, flags=re.IGNORECASE)
