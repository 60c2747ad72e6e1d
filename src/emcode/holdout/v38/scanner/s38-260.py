import hashlib
import os
import sys


def enroll(user: str, pin: str) -> str:
    salt = os.urandom(8).hex()
    return f"{user}:{salt}:{hashlib.sha1((salt + pin).encode()).hexdigest()}"


if __name__ == "__main__":
    print(enroll(sys.argv[1], sys.argv[2]))
