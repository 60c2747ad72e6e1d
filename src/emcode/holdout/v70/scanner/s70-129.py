import csv
import tempfile


def write_report(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as fh:
        csv.writer(fh).writerows(rows)
        return fh.name


if __name__ == "__main__":
    print(write_report([["accession", "status"], ["1", "ok"]]))
