import csv
import sys

REPORT = "/tmp/ticket_sales_report.csv"


def build_report(sales):
    with open(REPORT, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["show", "sold", "revenue"])
        for show, sold, revenue in sales:
            w.writerow([show, sold, f"{revenue:.2f}"])
    with open(REPORT) as fh:
        return fh.read()


if __name__ == "__main__":
    data = [("Opening Night", 812, 40600.0), ("Matinee", 233, 6990.0)]
    sys.stdout.write(build_report(data))
