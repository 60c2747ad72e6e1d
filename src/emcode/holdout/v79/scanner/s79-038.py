import pandas as pd


def load_roster(path):
    df = pd.read_pickle(path)
    return df.sort_values("surname")
