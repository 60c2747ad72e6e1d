import pandas as pd


def load_rota(path):
    df = pd.read_csv(path, dtype={"teacher": str, "periods": int})
    return df.groupby("teacher")["periods"].sum().to_dict()
