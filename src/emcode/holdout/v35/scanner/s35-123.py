import argparse

import joblib


def main():
    ap = argparse.ArgumentParser(description="Score adoption likelihood with a model file a partner sent us")
    ap.add_argument("model_file")
    ap.add_argument("--age-months", type=int, required=True)
    ap.add_argument("--size", choices=["s", "m", "l"], default="m")
    args = ap.parse_args()
    model = joblib.load(args.model_file)
    size_code = {"s": 0, "m": 1, "l": 2}[args.size]
    print(model.predict_proba([[args.age_months, size_code]])[0][1])


if __name__ == "__main__":
    main()
