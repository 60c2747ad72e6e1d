import argparse
from pathlib import Path
import pandas as pd

WORK = Path("/srv/pipeline/work")


def clean(stage_in: str, stage_out: str) -> int:
    src = WORK / Path(stage_in).name
    dst = WORK / Path(stage_out).name
    df = pd.read_parquet(src)
    df = df.dropna(subset=["customer_id"]).drop_duplicates("order_id")
    df["amount"] = df["amount"].clip(lower=0)
    df.to_parquet(dst, index=False)
    return len(df)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("stage_in")
    ap.add_argument("stage_out")
    a = ap.parse_args()
    print(clean(a.stage_in, a.stage_out), "rows")
