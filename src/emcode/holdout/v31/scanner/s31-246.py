import argparse
import shelve


def main():
    parser = argparse.ArgumentParser(description="Print ticket sales stored in a shelf file")
    parser.add_argument("shelf", help="path to a shelf exported by a box office")
    args = parser.parse_args()
    with shelve.open(args.shelf, flag="r") as db:
        for show, sold in sorted(db.items()):
            print(f"{show:30} {sold:>6}")


if __name__ == "__main__":
    main()
