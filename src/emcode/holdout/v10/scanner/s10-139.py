import csv
import os


class ReportWriter:
    def __init__(self, out_dir):
        self.out_dir = out_dir

    def write(self, name, rows, mode=0o666):
        path = os.path.join(self.out_dir, name)
        with open(path, "w", newline="") as fh:
            csv.writer(fh).writerows(rows)
        os.chmod(path, mode)
        return path


if __name__ == "__main__":
    ReportWriter("/srv/reports").write("salaries.csv", [["alice", 91000]])
