import argparse
import shelve


def main():
    ap = argparse.ArgumentParser(description="Summarise an exported booking shelf sent by a venue")
    ap.add_argument("shelf")
    args = ap.parse_args()
    with shelve.open(args.shelf) as db:
        for key in db:
            b = db[key]
            print(key, b["room"], b["time"])


if __name__ == "__main__":
    main()
