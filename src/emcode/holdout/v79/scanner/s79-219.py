import argparse
import random

SUBJECTS = ["Maths", "English", "Science", "Art", "PE", "History"]


def draft(days, seed):
    rng = random.Random(seed)
    plan = {}
    for d in range(days):
        s = SUBJECTS[:]
        rng.shuffle(s)
        plan[f"day{d + 1}"] = s[:5]
    return plan


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    for day, subjects in draft(a.days, a.seed).items():
        print(day, subjects)
