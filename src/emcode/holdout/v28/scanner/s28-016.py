import re

TAG_LIST = re.compile(r"^(\w+\s?)*$")


def is_tag_list(text):
    return bool(TAG_LIST.match(text))
