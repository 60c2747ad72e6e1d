import secrets
import string
import sys

ALPHABET = string.ascii_uppercase + string.digits


def voucher_code(groups=3, size=4):
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(size)) for _ in range(groups))


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    for _ in range(count):
        print(voucher_code())
