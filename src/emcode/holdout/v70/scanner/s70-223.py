import argparse
import shelve


def main():
    ap = argparse.ArgumentParser(description="Inspect an exported plot archive")
    ap.add_argument("archive")
    args = ap.parse_args()
    with shelve.open(args.archive) as db:
        for key in db:
            print(key, db[key])


if __name__ == "__main__":
    main()
