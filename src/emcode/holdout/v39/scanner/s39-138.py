import random


def simulate_walk(steps, seed=None, step_m=25.0):
    rng = random.Random(seed)
    x = y = 0.0
    path = [(x, y)]
    for _ in range(steps):
        x += rng.uniform(-step_m, step_m)
        y += rng.uniform(-step_m, step_m)
        path.append((round(x, 2), round(y, 2)))
    return path
