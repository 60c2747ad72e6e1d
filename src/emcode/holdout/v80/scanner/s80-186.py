import random


def voucher_code(length=8):
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(alphabet[random.randint(0, len(alphabet) - 1)] for _ in range(length))
