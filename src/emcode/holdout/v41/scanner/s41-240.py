import sys

import pandas as pd
from joblib import Memory

memory = Memory("./.cache", verbose=0)


@memory.cache
def monthly_yield(csv_path: str) -> pd.Series:
    df = pd.read_csv(csv_path, parse_dates=["ts"])
    return df.set_index("ts")["kwh"].resample("MS").sum()


if __name__ == "__main__":
    print(monthly_yield(sys.argv[1]).to_string())
