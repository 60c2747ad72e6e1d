import os

import joblib
import numpy as np
from sklearn.linear_model import LogisticRegression

MODEL_PATH = "germination_model.joblib"


def train():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(500, 3))
    y = (X[:, 0] + 0.5 * X[:, 1] > 0).astype(int)
    model = LogisticRegression().fit(X, y)
    joblib.dump(model, MODEL_PATH)
    return model


def get_model():
    if os.path.exists(MODEL_PATH):
        return joblib.load(MODEL_PATH)
    return train()


if __name__ == "__main__":
    m = get_model()
    print(m.predict_proba([[0.2, -0.1, 1.3]]))
