import multiprocessing as mp
import pickle as serializer  # noqa: F401  (documenting that Pool uses pickle internally)
from dataclasses import dataclass


@dataclass
class Chunk:
    start: int
    stop: int


def count_primes(chunk: Chunk) -> int:
    def is_prime(n):
        if n < 2:
            return False
        return all(n % d for d in range(2, int(n ** 0.5) + 1))

    return sum(1 for n in range(chunk.start, chunk.stop) if is_prime(n))


if __name__ == "__main__":
    chunks = [Chunk(i, i + 10_000) for i in range(0, 100_000, 10_000)]
    with mp.Pool(4) as pool:
        print(sum(pool.map(count_primes, chunks)))
