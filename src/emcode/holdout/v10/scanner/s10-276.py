import csv
import os


class ReportWriter:
    def __init__(self, out_dir: str) -> None:
        self.out_dir = out_dir

    def write(self, name: str, rows, mode: int = 0o640) -> str:
        path = os.path.join(self.out_dir, os.path.basename(name))
        with open(path, "w", newline="") as fh:
            csv.writer(fh).writerows(rows)
        os.chmod(path, mode)
        return path
