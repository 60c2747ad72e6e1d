import re

LINE = re.compile(r'^(("[^"]*")*|[^,]*)(,(("[^"]*")*|[^,]*))*$')


def valid_csv_line(line: str) -> bool:
    return LINE.fullmatch(line) is not None
