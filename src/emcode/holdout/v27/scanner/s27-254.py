import fnmatch
import re


def filter_files(names: list[str], glob: str) -> list[str]:
    if len(glob) > 100:
        raise ValueError("pattern too long")
    rx = re.compile(fnmatch.translate(glob))
    return [n for n in names if rx.match(n)]
