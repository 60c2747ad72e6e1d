import csv
import tempfile

import requests


def build_report(rows):
    with tempfile.NamedTemporaryFile("w+", newline="", suffix=".csv") as fh:
        csv.writer(fh).writerows(rows)
        fh.flush()
        with open(fh.name, "rb") as data:
            requests.post("https://reports.sunfield.example/upload", files={"report": data}, timeout=30)


if __name__ == "__main__":
    build_report([["panel", "kwh"], ["P-01", 2.4], ["P-02", 2.2]])
