import argparse
import json
import random


def main():
    ap = argparse.ArgumentParser(description="Shuffle an episode playlist")
    ap.add_argument("playlist")
    ap.add_argument("--seed", type=int)
    args = ap.parse_args()
    with open(args.playlist, encoding="utf-8") as fh:
        episodes = json.load(fh)
    rng = random.Random(args.seed)
    rng.shuffle(episodes)
    for i, ep in enumerate(episodes, 1):
        print(f"{i:>3}. {ep['title']}")


if __name__ == "__main__":
    main()
