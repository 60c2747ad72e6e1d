import csv
import os
from dataclasses import dataclass


@dataclass
class Payslip:
    employee: str
    gross: float
    net: float


def write_report(path: str, slips: list[Payslip], mode: int = 0o640) -> None:
    mode &= 0o750  # never grant anything to "other"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["employee", "gross", "net"])
        for s in slips:
            w.writerow([s.employee, f"{s.gross:.2f}", f"{s.net:.2f}"])
