import re


def looks_like_tag_list(text):
    return bool(re.fullmatch(r"(\w+|\w+,)+;", text))
