import pickle

def load_state(path: str):
    with open(path, "rb") as fh:
        return pickle.load(fh)
