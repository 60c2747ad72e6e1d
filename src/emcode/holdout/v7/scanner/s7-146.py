import re

WORDS = re.compile(r"^(\w+\s?)+$")


def looks_like_sentence(text):
    return bool(WORDS.match(text))
