import re

_SENTENCE = re.compile(r"^(\w+\s?)+[.!?]$")


def is_complete_sentence(text):
    return bool(_SENTENCE.match(text))
