import subprocess
import sys


def disk_report(paths):
    lines = []
    for p in paths:
        out = subprocess.run(["du", "-sh", "--", p], capture_output=True, text=True, check=False)
        lines.append(out.stdout.strip())
    return lines


if __name__ == "__main__":
    for line in disk_report(sys.argv[1:]):
        print(f"usage: {li