import shelve
import sys


def main(path):
    # teachers send us their class export, we print the summary
    with shelve.open(path) as db:
        for student, stats in db.items():
            print(f"{student:20} {stats['xp']:>6} xp  streak {stats['streak']}")


if __name__ == "__main__":
    main(sys.argv[1])
