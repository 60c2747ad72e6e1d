import argparse

import joblib


def main():
    ap = argparse.ArgumentParser(description="Score translation difficulty with a customer-supplied model")
    ap.add_argument("model", help="path to the .joblib file the client sent us")
    ap.add_argument("text")
    args = ap.parse_args()
    clf = joblib.load(args.model)
    print(clf.predict([args.text])[0])


if __name__ == "__main__":
    main()
