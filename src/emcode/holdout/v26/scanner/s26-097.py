import csv
import tempfile
import zipfile
from pathlib import Path


def count_candidates(export_zip: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="exam-") as tmp:
        with zipfile.ZipFile(export_zip) as zf:
            zf.extract("candidates.csv", tmp)
        with open(Path(tmp) / "candidates.csv", newline="") as fh:
            return sum(1 for _ in csv.DictReader(fh))
