import subprocess
import sys


def print_label(lot, copies=1):
    result = subprocess.run(["lp", "-d", "seed-labels", "-n", str(int(copies))],
                            input=lot.encode(), capture_output=True, check=True)
    return result.stdout.decode()


if __name__ == "__main__":
    for lot in sys.stdin:
        print(print_label(lot.strip()))
