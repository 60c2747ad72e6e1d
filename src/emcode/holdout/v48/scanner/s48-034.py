import argparse
import shelve


def main():
    parser = argparse.ArgumentParser(description="Show stored context sheets")
    parser.add_argument("project")
    args = parser.parse_args()
    with shelve.open(args.project) as db:
        for key in db:
            print(key, db[key])


if __name__ == "__main__":
    main()
