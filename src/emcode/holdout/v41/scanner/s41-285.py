import argparse
import shelve


def main():
    ap = argparse.ArgumentParser(description="Print loans stored in a shelf file someone sent us")
    ap.add_argument("shelf")
    args = ap.parse_args()
    with shelve.open(args.shelf, flag="r") as db:
        for member, loans in db.items():
            print(member, ", ".join(loans))


if __name__ == "__main__":
    main()
