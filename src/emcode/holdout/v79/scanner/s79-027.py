import shelve
import sys

DB = "/var/lib/foodbank/stock.shelf"


def record(item, qty):
    with shelve.open(DB) as s:
        s[item] = s.get(item, 0) + qty
        return s[item]


if __name__ == "__main__":
    name, qty = sys.argv[1], int(sys.argv[2])
    print(f"{name}: {record(name, qty)}")
