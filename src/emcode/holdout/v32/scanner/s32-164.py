import subprocess
import sys


def main():
    bean_lot = sys.argv[1]
    proc = subprocess.run(["grep", "-iF", "--", bean_lot, "/srv/roastery/lots.csv"], capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        lot, origin, kg = line.split(",")
        print(f"{lot:<10} {origin:<20} {k