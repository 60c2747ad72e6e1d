import random
import csv


def synthetic_readings(n: int, seed: int = 1234, path: str = "synthetic.csv") -> str:
    rng = random.Random(seed)
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["plot", "moisture", "temp"])
        for i in range(n):
            w.writerow([f"P{i:03d}", round(rng.uniform(10, 40), 1), round(rng.gauss(18, 4), 1)])
    return path
