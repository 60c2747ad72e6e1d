import subprocess
import sys


def main():
    bean_lot = sys.argv[1]
    out = subprocess.check_output("grep -i " + bean_lot + " /srv/roastery/lots.csv", shell=True, text=True)
    for line in out.splitlines():
        lot, origin, kg = line.split(",")
        print(f"{lot:<10} {origin:<20} {k