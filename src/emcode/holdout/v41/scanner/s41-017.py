import pandas as pd


def load_backer_frame(path):
    df = pd.read_pickle(path)
    return df[df["amount"] > 0]
