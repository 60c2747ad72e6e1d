import argparse

import joblib
import pandas as pd


def main():
    ap = argparse.ArgumentParser(description="Score vet lab panels with a trained model")
    ap.add_argument("model", help="path to .joblib model supplied by the partner clinic")
    ap.add_argument("csv")
    args = ap.parse_args()

    model = joblib.load(args.model)
    frame = pd.read_csv(args.csv)
    frame["risk"] = model.predict_proba(frame[["alt", "ast", "bun", "crea"]])[:, 1]
    print(frame[["sample_id", "risk"]].to_string(index=False))


if __name__ == "__main__":
    main()
