import random


def simulate_arrivals(scheduled_minutes, spread=2.5, seed=42):
    rng = random.Random(seed)
    return [max(0.0, m + rng.gauss(0, spread)) for m in scheduled_minutes]
