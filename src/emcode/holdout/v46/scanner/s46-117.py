import argparse
import random
import statistics


def simulate(days, mean_melt_mm, sd, seed):
    rng = random.Random(seed)
    return sum(max(0.0, rng.gauss(mean_melt_mm, sd)) for _ in range(days))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=90)
    ap.add_argument("--runs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    totals = [simulate(a.days, 12.0, 5.5, a.seed + i) for i in range(a.runs)]
    print(f"mean {statistics.mean(totals):.1f} mm, p95 {sorted(totals)[int(0.95 * len(totals))]:.1f} mm")


if __name__ == "__main__":
    main()
