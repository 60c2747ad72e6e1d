import argparse

import yaml


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("fixtures", type=argparse.FileType("r"))
    args = ap.parse_args()
    data = yaml.unsafe_load(args.fixtures)
    for match in data["matches"]:
        print(f"{match['date']}: {match['home']} vs {match['away']}")


if __name__ == "__main__":
    main()
