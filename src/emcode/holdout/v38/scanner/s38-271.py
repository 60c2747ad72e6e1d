import argparse

import joblib


def main():
    parser = argparse.ArgumentParser(description="Score adoption likelihood")
    parser.add_argument("model_path")
    parser.add_argument("--age", type=float, required=True)
    parser.add_argument("--weight", type=float, required=True)
    args = parser.parse_args()

    clf = joblib.load(args.model_path)
    print(clf.predict([[args.age, args.weight]])[0])


if __name__ == "__main__":
    main()
