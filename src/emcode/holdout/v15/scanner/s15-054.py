import re

WORDS = re.compile(r"^(\w+\s?)+$")


def is_plain_phrase(text):
    """True when text is only words separated by single spaces."""
    return bool(WORDS.match(text))
