import re

TAG = re.compile(r"\w{1,32}")


def is_tag_list(text):
    parts = text.split(" ")
    return len(parts) <= 20 and all(TAG.fullmatch(p) for p in parts)
