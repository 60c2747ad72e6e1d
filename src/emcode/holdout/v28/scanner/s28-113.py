import pandas as pd


def load_rota(path):
    df = pd.read_pickle(path)
    return df.groupby("teacher")["periods"].sum().to_dict()
