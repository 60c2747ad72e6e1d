import sys

import dill


def main():
    path = sys.argv[1]
    with open(path, "rb") as fh:
        schedule = dill.load(fh)
    for slot in schedule:
        print(slot)


if __name__ == "__main__":
    main()
