import argparse

import joblib


def main():
    ap = argparse.ArgumentParser(description="Score recall likelihood with a shared model file")
    ap.add_argument("model", help="model file received from a partner clinic")
    ap.add_argument("--age", type=int, required=True)
    ap.add_argument("--months-since-visit", type=int, required=True)
    args = ap.parse_args()
    model = joblib.load(args.model)
    print(model.predict([[args.age, args.months_since_visit]])[0])


if __name__ == "__main__":
    main()
