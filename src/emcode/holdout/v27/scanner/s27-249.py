import re

TAGS = re.compile(r"^(#?\w+|#?\w+,)+$")


def valid_tag_list(s):
    return TAGS.match(s) is not None
