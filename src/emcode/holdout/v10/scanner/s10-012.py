import re

ROW = re.compile(r'^(("[^"]*"|[^,]*)*,)*("[^"]*"|[^,]*)$')


def looks_like_csv_row(line: str) -> bool:
    return ROW.match(line) is not None
