import random


def otp_code(length=6):
    return "".join(str(random.randrange(10)) for _ in range(length))
