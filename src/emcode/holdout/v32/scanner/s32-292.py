import argparse

import joblib
import pandas as pd


def main():
    ap = argparse.ArgumentParser(description="Predict scooter demand per station")
    ap.add_argument("model", help="path to a .joblib model")
    ap.add_argument("csv", help="features CSV")
    args = ap.parse_args()

    model = joblib.load(args.model)
    features = pd.read_csv(args.csv)
    preds = model.predict(features)
    for station, p in zip(features["station_id"], preds):
        print(f"{station}\t{p:.1f}")


if __name__ == "__main__":
    main()
