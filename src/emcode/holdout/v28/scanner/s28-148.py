import argparse
import shelve


def main():
    parser = argparse.ArgumentParser(description="Print vaccination records from a clinic export")
    parser.add_argument("export", help="shelve file received from the partner clinic")
    args = parser.parse_args()
    with shelve.open(args.export, flag="r") as db:
        for pet_id in db:
            record = db[pet_id]
            print(pet_id, record.get("vaccines"))


if __name__ == "__main__":
    main()
