import pickle as pk
from pathlib import Path

CACHE = Path(__file__).with_name(".fib_cache.pkl")


def fib_table(n: int) -> list[int]:
    if CACHE.exists():
        table = pk.loads(CACHE.read_bytes())
        if len(table) > n:
            return table[: n + 1]
    table = [0, 1]
    while len(table) <= n:
        table.append(table[-1] + table[-2])
    CACHE.write_bytes(pk.dumps(table))
    return table[: n + 1]
