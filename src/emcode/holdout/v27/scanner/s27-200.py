import random


def practice_order(words: list[str], seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    order = words[:]
    rng.shuffle(order)
    return order


if __name__ == "__main__":
    print(practice_order(["Hallo", "Danke", "Bitte", "Tschüss"]))
