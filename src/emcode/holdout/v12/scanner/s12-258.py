import argparse
import pandas as pd


def clean(stage_in: str, stage_out: str) -> int:
    df = pd.read_pickle(stage_in)
    df = df.dropna(subset=["customer_id"]).drop_duplicates("order_id")
    df["amount"] = df["amount"].clip(lower=0)
    df.to_pickle(stage_out)
    return len(df)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("stage_in")
    ap.add_argument("stage_out")
    a = ap.parse_args()
    print(clean(a.stage_in, a.stage_out), "rows")
