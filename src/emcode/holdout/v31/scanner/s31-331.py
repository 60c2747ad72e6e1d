import argparse
from pathlib import Path

import pandas as pd
from joblib import Memory

memory = Memory(Path.home() / ".cache" / "listing-stats", verbose=0)


@memory.cache
def price_per_m2_by_area(csv_path: str) -> dict:
    df = pd.read_csv(csv_path)
    df["ppm2"] = df["price"] / df["floor_m2"]
    return df.groupby("area")["ppm2"].median().round(0).to_dict()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    for area, v in sorted(price_per_m2_by_area(ap.parse_args().csv).items()):
        print(f"{area:20} £{v:,.0f}/m²")
