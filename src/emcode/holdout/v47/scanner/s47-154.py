import argparse

import joblib


def main():
    parser = argparse.ArgumentParser(description="Score meter readings for leak likelihood")
    parser.add_argument("model", help="path to a .joblib model sent by the analytics vendor")
    parser.add_argument("readings", help="CSV of daily readings")
    args = parser.parse_args()

    clf = joblib.load(args.model)
    with open(args.readings) as fh:
        rows = [[float(x) for x in line.split(",")[1:]] for line in fh if line.strip()]
    for score in clf.predict_proba(rows)[:, 1]:
        print(f"{score:.3f}")


if __name__ == "__main__":
    main()
