import random


def generate_api_key(length: int = 32) -> str:
    return "".join(str(random.randint(0, 9)) for _ in range(length))
