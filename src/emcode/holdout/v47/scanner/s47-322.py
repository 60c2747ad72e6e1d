import pickle
from pathlib import Path

from sklearn.linear_model import LinearRegression


class YieldModel:
    """Fits yield (t/ha) from growing-degree days and rainfall; keeps the fitted model on disk."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / "yield_model.pkl"
        self.model = None

    def fit(self, X, y):
        self.model = LinearRegression().fit(X, y)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("wb") as fh:
            pickle.dump(self.model, fh)

    def load(self):
        with self.path.open("rb") as fh:
            self.model = pickle.load(fh)
        return self

    def predict(self, gdd, rain_mm):
        return float(self.model.predict([[gdd, rain_mm]])[0])


if __name__ == "__main__":
    m = YieldModel(Path.home() / ".local/share/vineyard")
    m.fit([[1400, 600], [1600, 500], [1250, 700]], [7.1, 8.3, 6.2])
    print(m.load().predict(1500, 550))
