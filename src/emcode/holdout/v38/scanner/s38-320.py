from pathlib import Path
import argparse

import joblib

MODEL = Path(__file__).resolve().parent / "models" / "adoption.joblib"


def main():
    parser = argparse.ArgumentParser(description="Score adoption likelihood")
    parser.add_argument("--age", type=float, required=True)
    parser.add_argument("--weight", type=float, required=True)
    args = parser.parse_args()

    clf = joblib.load(MODEL)
    print(clf.predict([[args.age, args.weight]])[0])


if __name__ == "__main__":
    main()
