from multiprocessing import Pool

import pandas as pd


def summarise(site):
    df = pd.read_csv(f"data/{site}.csv", parse_dates=["ts"])
    return site, df["ppm"].max(), (df["ppm"] > 1.0).sum()


if __name__ == "__main__":
    sites = ["north-pit", "south-pit", "deep-shaft-2"]
    with Pool(3) as pool:
        for site, peak, alarms in pool.map(summarise, sites):
            print(f"{site}: peak {peak:.2f}%, {alarms} alarm readings")
