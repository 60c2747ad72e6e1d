import argparse
import random


def suggest_tables(guests, per_table, seed=None):
    rng = random.Random(seed)
    pool = list(guests)
    rng.shuffle(pool)
    return [pool[i:i + per_table] for i in range(0, len(pool), per_table)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="+")
    ap.add_argument("--per-table", type=int, default=8)
    ap.add_argument("--seed", type=int)
    a = ap.parse_args()
    for n, t in enumerate(suggest_tables(a.names, a.per_table, a.seed), 1):
        print(f"Table {n}: {', '.join(t)}")
