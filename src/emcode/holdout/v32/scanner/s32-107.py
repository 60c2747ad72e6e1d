from pathlib import Path
import argparse

import joblib
import pandas as pd

MODEL_PATH = Path(__file__).with_name("demand_model.joblib")


def main():
    ap = argparse.ArgumentParser(description="Predict scooter demand per station")
    ap.add_argument("csv", help="features CSV")
    args = ap.parse_args()
    model = joblib.load(MODEL_PATH)
    features = pd.read_csv(args.csv)
    for station, p in zip(features["station_id"], model.predict(features)):
        print(f"{station}\t{p:.1f}")


if __name__ == "__main__":
    main()
