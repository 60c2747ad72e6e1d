import re

SENTENCE = re.compile(r"^(\w+\s?)*$")


def looks_like_words(text):
    return bool(SENTENCE.match(text))
