import secrets
import string
import sys

ALPHABET = string.ascii_uppercase + string.digits


def invite_code(n=10):
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for _ in range(count):
        print(invite_code())
