import re

_CSV_LINE = re.compile(r'^(("[^"]*")*|[^,]*)*(,(("[^"]*")*|[^,]*)*)*$')


def is_valid_csv_line(line: str) -> bool:
    return _CSV_LINE.match(line) is not None
