import argparse
import shelve


def main():
    ap = argparse.ArgumentParser(description="Print the interpreter roster from a shared shelf file")
    ap.add_argument("shelf", help="path to the .db shelf a colleague sent you")
    args = ap.parse_args()
    with shelve.open(args.shelf, flag="r") as db:
        for key in sorted(db.keys()):
            entry = db[key]
            print(f"{key}: {entry['name']} ({', '.join(entry['languages'])})")


if __name__ == "__main__":
    main()
