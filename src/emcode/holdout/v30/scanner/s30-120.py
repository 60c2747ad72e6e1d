from pathlib import Path

import joblib
import pandas as pd

MODEL_PATH = Path(__file__).resolve().parent / "models" / "no_show.joblib"


def main(bookings_csv: str) -> None:
    clf = joblib.load(MODEL_PATH)
    df = pd.read_csv(bookings_csv)
    df["no_show_risk"] = clf.predict_proba(df[["age", "lead_days", "prior_no_shows"]])[:, 1]
    print(df.sort_values("no_show_risk", ascending=False).head(20).to_string(index=False))


if __name__ == "__main__":
    import sys

    main(sys.argv[1])
