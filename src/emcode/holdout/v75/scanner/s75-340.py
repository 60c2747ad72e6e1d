import argparse
import csv
import tempfile
import zipfile
from pathlib import Path


def summarise(bundle):
    with tempfile.TemporaryDirectory(prefix="vetlab-") as tmp:
        with zipfile.ZipFile(bundle) as zf:
            if "results.csv" not in zf.namelist():
                raise SystemExit("bundle has no results.csv")
            zf.extract("results.csv", tmp)
        with open(Path(tmp) / "results.csv", newline="") as fh:
            rows = list(csv.DictReader(fh))
    return len(rows), sorted({r["species"] for r in rows})


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("bundle")
    n, species = summarise(ap.parse_args().bundle)
    print(n, "results;", ", ".join(species))
