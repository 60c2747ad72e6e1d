import csv
import os
import sys
import tempfile


def dedupe(in_path: str) -> str:
    fd, tmp_path = tempfile.mkstemp(suffix=".csv", dir=os.path.dirname(os.path.abspath(in_path)))
    seen = set()
    with open(in_path, newline="") as src, os.fdopen(fd, "w", newline="") as dst:
        writer = csv.writer(dst)
        for row in csv.reader(src):
            key = tuple(row)
            if key not in seen:
                seen.add(key)
                writer.writerow(row)
    os.replace(tmp_path, in_path)
    return in_path


if __name__ == "__main__":
    out = dedupe(sys.argv[1])
    print(f"deduplicated {o