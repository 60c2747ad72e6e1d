import re

WORD = re.compile(r"\w+")


def parse_tag_line(line: str) -> list[str]:
    if not line.startswith("#") or len(line) > 500:
        return []
    return WORD.findall(line[1:])
