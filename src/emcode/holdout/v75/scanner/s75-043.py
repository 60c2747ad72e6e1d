import joblib
import numpy as np
import pandas as pd

memory = joblib.Memory("/var/cache/busstats", verbose=0)


@memory.cache
def load_tapons(month: str) -> pd.DataFrame:
    return pd.read_parquet(f"/data/tapons/{month}.parquet")


def busiest_stops(month: str, n=10):
    df = load_tapons(month)
    counts = df.groupby("stop_id").size().sort_values(ascending=False)
    return counts.head(n).to_dict()


if __name__ == "__main__":
    print(busiest_stops("2026-10"))
