import re
import sys


def main():
    pattern = re.compile(sys.argv[1])
    hits = 0
    with open("volunteers.csv") as fh:
        for line in fh:
            if pattern.search(line):
                hits += 1
                print(line.rstrip())
    print(f"{hits} matching volunte