import subprocess
import sys


def count_lines(path):
    with open(path, encoding="utf-8") as fh:
        return sum(1 for _ in fh)


def main():
    path = sys.argv[1]
    print(path, count_lines(path))
    result = subprocess.run(f"wc -w {pa