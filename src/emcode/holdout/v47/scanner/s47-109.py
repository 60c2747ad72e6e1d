import os
from pathlib import Path

import joblib
import pandas as pd

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "meter-report"
CACHE_FILE = CACHE_DIR / "daily_totals.joblib"


def load_daily_totals(csv_path: str) -> pd.DataFrame:
    src = Path(csv_path)
    if CACHE_FILE.exists() and CACHE_FILE.stat().st_mtime >= src.stat().st_mtime:
        return joblib.load(CACHE_FILE)
    df = pd.read_csv(src, parse_dates=["read_at"])
    totals = df.groupby(df["read_at"].dt.date)["litres"].sum().to_frame()
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    joblib.dump(totals, CACHE_FILE)
    return totals


if __name__ == "__main__":
    import sys
    print(load_daily_totals(sys.argv[1]).tail())
