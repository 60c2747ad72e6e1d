import argparse
import sys

import dill


def main():
    ap = argparse.ArgumentParser(description="Score flashcards with a shared difficulty model")
    ap.add_argument("model", help="model file shared by another teacher")
    ap.add_argument("words", nargs="+")
    args = ap.parse_args()
    with open(args.model, "rb") as fh:
        model = dill.load(fh)
    for w in args.words:
        print(w, model.predict(w))
    return 0


if __name__ == "__main__":
    sys.exit(main())
