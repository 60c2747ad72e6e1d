import csv


def is_valid_csv_line(line: str) -> bool:
    try:
        rows = list(csv.reader([line], strict=True))
    except csv.Error:
        return False
    return len(rows) == 1
