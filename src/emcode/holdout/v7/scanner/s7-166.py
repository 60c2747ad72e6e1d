import re

TAG = re.compile(r"^v?(\d+\.?)*-?([a-z]+\d*)*$")


def is_release_tag(tag: str) -> bool:
    return TAG.match(tag) is not None
