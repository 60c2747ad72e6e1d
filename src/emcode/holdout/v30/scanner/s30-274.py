import argparse
import pickle
from pathlib import Path

from sklearn.linear_model import LogisticRegression
import numpy as np

OUT = Path(__file__).resolve().parent / "artifacts"


def train(csv_path: str) -> Path:
    data = np.loadtxt(csv_path, delimiter=",", skiprows=1)
    X, y = data[:, :-1], data[:, -1]
    model = LogisticRegression(max_iter=500).fit(X, y)
    OUT.mkdir(exist_ok=True)
    path = OUT / "offer_model.pkl"
    with path.open("wb") as fh:
        pickle.dump(model, fh)
    return path


def evaluate(csv_path: str) -> float:
    with (OUT / "offer_model.pkl").open("rb") as fh:
        model = pickle.load(fh)
    data = np.loadtxt(csv_path, delimiter=",", skiprows=1)
    return float(model.score(data[:, :-1], data[:, -1]))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("train_csv")
    ap.add_argument("test_csv")
    a = ap.parse_args()
    print("saved", train(a.train_csv))
    print("accuracy", evaluate(a.test_csv))
