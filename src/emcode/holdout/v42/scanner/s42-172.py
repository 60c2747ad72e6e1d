import argparse
from pathlib import Path

import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression

MODEL_PATH = Path("artifacts/no_show_model.joblib")


def train(csv_path):
    df = pd.read_csv(csv_path)
    X, y = df[["age", "distance_km", "prior_visits"]], df["no_show"]
    model = LogisticRegression(max_iter=500).fit(X, y)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, MODEL_PATH)
    return model


def main():
    ap = argparse.ArgumentParser(description="Predict visit no-shows for enrolled subjects")
    ap.add_argument("--train", metavar="CSV")
    ap.add_argument("--age", type=int, required=True)
    ap.add_argument("--distance", type=float, required=True)
    ap.add_argument("--prior", type=int, default=0)
    args = ap.parse_args()
    model = train(args.train) if args.train else joblib.load(MODEL_PATH)
    p = model.predict_proba([[args.age, args.distance, args.prior]])[0][1]
    print(f"no-show probability: {p:.1%}")


if __name__ == "__main__":
    main()
