import pandas as pd


def load_roster(path):
    df = pd.read_parquet(path)
    return df.sort_values("surname")
