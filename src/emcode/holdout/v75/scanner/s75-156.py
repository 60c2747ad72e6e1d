import random
import sys


def sample_for_inspection(plot_ids, k=5, seed=None):
    """Pick plots for the committee's monthly walk-round; not a security decision."""
    rng = random.Random(seed)
    return sorted(rng.sample(plot_ids, min(k, len(plot_ids))))


if __name__ == "__main__":
    ids = [line.strip() for line in open(sys.argv[1]) if line.strip()]
    print(", ".join(sample_for_inspection(ids)))
