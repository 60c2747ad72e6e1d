import pandas as pd


def load_roster(path_or_buffer):
    df = pd.read_pickle(path_or_buffer)
    return df.sort_values("shift_start")
