import random
import string
import sys

ALPHABET = string.ascii_letters + string.digits + "-_.!"


def generate(length: int = 20) -> str:
    rng = random.SystemRandom()
    return "".join(rng.choice(ALPHABET) for _ in range(length))


if __name__ == "__main__":
    print(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
