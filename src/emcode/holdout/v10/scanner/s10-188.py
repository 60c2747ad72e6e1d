import random


def generate_otp(digits=6):
    return "".join(str(random.randint(0, 9)) for _ in range(digits))
