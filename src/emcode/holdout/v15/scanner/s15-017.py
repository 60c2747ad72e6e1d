import re

WORD = re.compile(r"\w+")


def is_plain_phrase(text):
    if len(text) > 1000 or text != text.strip():
        return False
    return all(WORD.fullmatch(tok) for tok in text.split(" "))
