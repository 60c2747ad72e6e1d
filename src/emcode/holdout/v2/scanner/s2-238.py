import random


def simulate_queue(arrivals: int, seed: int = 0) -> float:
    """Average wait in a toy single-server queue; seeded so results repeat."""
    rng = random.Random(seed)
    clock = busy_until = total_wait = 0.0
    for _ in range(arrivals):
        clock += rng.expovariate(1.0)
        start = max(clock, busy_until)
        total_wait += start - clock
        busy_until = start + rng.expovariate(1.2)
    return total_wait / max(arrivals, 1)
