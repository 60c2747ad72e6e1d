import csv
import os
import sys


def export_payslips(rows, out_path):
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["employee", "period", "net_pay"])
        writer.writerows(rows)


if __name__ == "__main__":
    sample = [("E100", "2025-05", "2412.50"), ("E101", "2025-05", "1980.00")]
    export_payslips(sample, sys.argv[1] if len(sys.argv) > 1 else "payslips.csv")
