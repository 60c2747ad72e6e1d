import re

TAG = re.compile(r"^(#?[a-z]+(-[a-z]+)*)*$")


def valid_tag_list(text):
    return TAG.match(text) is not None
