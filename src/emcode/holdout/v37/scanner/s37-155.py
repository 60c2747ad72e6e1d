import argparse

import joblib


def main():
    ap = argparse.ArgumentParser(description="Score insurance claims with a fraud model")
    ap.add_argument("model", help="path to the .joblib model someone sent you")
    ap.add_argument("claims_csv")
    args = ap.parse_args()

    model = joblib.load(args.model)
    import pandas as pd
    df = pd.read_csv(args.claims_csv)
    df["fraud_score"] = model.predict_proba(df.drop(columns=["claim_id"]))[:, 1]
    print(df[["claim_id", "fraud_score"]].to_string(index=False))


if __name__ == "__main__":
    main()
