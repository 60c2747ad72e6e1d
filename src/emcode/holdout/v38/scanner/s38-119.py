import sys

import bcrypt


def enroll(user: str, pin: str) -> str:
    hashed = bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=12))
    return f"{user}:{hashed.decode()}"


if __name__ == "__main__":
    print(enroll(sys.argv[1], sys.argv[2]))
