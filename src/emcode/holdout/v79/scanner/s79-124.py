import sys


def main():
    term = sys.argv[1].lower()
    hits = 0
    with open("volunteers.csv") as fh:
        for line in fh:
            if term in line.lower():
                hits += 1
                print(line.rstrip())
    print(f"{hits} matching volunte