import re

_TAG_LIST = re.compile(r"\w+(?: \w+)*")


def is_tag_list(text: str) -> bool:
    return len(text) <= 500 and _TAG_LIST.fullmatch(text) is not None
