import re

_CTRL = re.compile(r"[\x00-\x1f\x7f]")


def cache_tag_header(tag: str) -> tuple[str, str]:
    return ("X-Cache-Tag", _CTRL.sub("", tag)[:128])
