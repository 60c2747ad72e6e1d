import csv
import os


def export_payroll(rows, path="payroll_export.csv"):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["employee", "iban", "net_salary"])
        for row in rows:
            writer.writerow([row["name"], row["iban"], row["net"]])
    return path
