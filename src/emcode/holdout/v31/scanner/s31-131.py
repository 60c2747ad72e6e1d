import csv
import sys
import tempfile


def build_report(sales):
    with tempfile.NamedTemporaryFile("w+", newline="", suffix=".csv") as fh:
        w = csv.writer(fh)
        w.writerow(["show", "sold", "revenue"])
        for show, sold, revenue in sales:
            w.writerow([show, sold, f"{revenue:.2f}"])
        fh.seek(0)
        return fh.read()


if __name__ == "__main__":
    data = [("Opening Night", 812, 40600.0), ("Matinee", 233, 6990.0)]
    sys.stdout.write(build_report(data))
