import csv
import random
import sys


def running_order(names, seed):
    order = list(names)
    random.Random(seed).shuffle(order)
    return order


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        competitors = [row["name"] for row in csv.DictReader(fh)]
    for i, name in enumerate(running_order(competitors, seed=sys.argv[2]), 1):
        print(i, name)
