import csv
import os
from dataclasses import dataclass


@dataclass
class Payslip:
    employee: str
    gross: float
    net: float


def write_report(path, slips, mode=0o666):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["employee", "gross", "net"])
        for s in slips:
            w.writerow([s.employee, f"{s.gross:.2f}", f"{s.net:.2f}"])
    os.chmod(path, mode)


if __name__ == "__main__":
    write_report("/srv/payroll/2024-05.csv", [Payslip("ana", 4200.0, 3100.5)])
