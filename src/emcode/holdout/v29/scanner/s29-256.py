import sys

import pandas as pd
from joblib import Memory

memory = Memory("/var/cache/claims-analytics", verbose=0)


@memory.cache
def monthly_totals(csv_path):
    df = pd.read_csv(csv_path, parse_dates=["opened"])
    return df.groupby(df["opened"].dt.to_period("M"))["amount"].sum()


if __name__ == "__main__":
    print(monthly_totals(sys.argv[1]).to_string())
