import argparse
import random

MEMBERS = ["Priya", "Tom", "Ade", "Lena", "Marco", "Hui"]


def draw_rota(weeks, seed):
    rng = random.Random(seed)
    rota = []
    for w in range(1, weeks + 1):
        crew = rng.sample(MEMBERS, 3)
        rota.append((w, crew))
    return rota


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--weeks", type=int, default=4)
    ap.add_argument("--seed", type=int, default=2024)
    a = ap.parse_args()
    for week, crew in draw_rota(a.weeks, a.seed):
        print(f"week {week}: {', '.join(crew)}")
