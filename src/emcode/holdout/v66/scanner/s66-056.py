import argparse
import random


def build_rotation(tracks, seed=None):
    rng = random.Random(seed)
    order = tracks[:]
    rng.shuffle(order)
    return order


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("playlist")
    ap.add_argument("--seed", type=int)
    a = ap.parse_args()
    with open(a.playlist, encoding="utf-8") as fh:
        tracks = [t.strip() for t in fh if t.strip()]
    for i, t in enumerate(build_rotation(tracks, a.seed), 1):
        print(f"{i:2d}. {t}")
