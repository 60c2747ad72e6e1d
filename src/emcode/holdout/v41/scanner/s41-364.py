import pandas as pd


def load_backer_frame(path):
    df = pd.read_parquet(path, columns=["backer_id", "campaign_id", "amount"])
    return df[df["amount"] > 0]
