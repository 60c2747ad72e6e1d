import pickle
from pathlib import Path

from sklearn.ensemble import RandomForestClassifier

MODEL_PATH = Path(__file__).with_name("species_model.pkl")


def train(features, labels):
    clf = RandomForestClassifier(n_estimators=200, random_state=0)
    clf.fit(features, labels)
    with open(MODEL_PATH, "wb") as fh:
        pickle.dump(clf, fh)
    return clf


def load():
    with open(MODEL_PATH, "rb") as fh:
        return pickle.load(fh)


if __name__ == "__main__":
    import numpy as np
    X = np.random.rand(100, 4)
    y = (X[:, 0] > 0.5).astype(int)
    train(X, y)
    print(load().predict(X[:5]))
