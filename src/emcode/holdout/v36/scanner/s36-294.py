import argparse
import shelve


def main():
    ap = argparse.ArgumentParser(description="Print the registrations stored in a shelf exported by a department")
    ap.add_argument("shelf", help="path to the shelf file sent by the department")
    args = ap.parse_args()
    with shelve.open(args.shelf, flag="r") as db:
        for student, courses in db.items():
            print(student, ", ".join(courses))


if __name__ == "__main__":
    main()
