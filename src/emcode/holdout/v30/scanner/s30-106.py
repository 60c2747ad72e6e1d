import argparse

import joblib
import pandas as pd


def main():
    ap = argparse.ArgumentParser(description="Predict no-shows for tomorrow's dental appointments")
    ap.add_argument("model", help="model file sent by the analytics vendor")
    ap.add_argument("bookings", help="CSV of bookings")
    args = ap.parse_args()

    clf = joblib.load(args.model)
    df = pd.read_csv(args.bookings)
    df["no_show_risk"] = clf.predict_proba(df[["age", "lead_days", "prior_no_shows"]])[:, 1]
    print(df.sort_values("no_show_risk", ascending=False).head(20).to_string(index=False))


if __name__ == "__main__":
    main()
