import re


def is_plain_title(title):
    return bool(re.match(r"^(\w+\s?)*$", title))
