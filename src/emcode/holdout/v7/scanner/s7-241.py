import re

TAG = re.compile(r"v?\d{1,4}(?:\.\d{1,4}){0,3}(?:-[a-z]{1,12}\d{0,4})?")


def is_release_tag(tag: str) -> bool:
    return len(tag) <= 40 and TAG.fullmatch(tag) is not None
