import secrets
import string

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


def invite_code(groups: int = 3, size: int = 4) -> str:
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(size)) for _ in range(groups))


if __name__ == "__main__":
    for _ in range(5):
        print(invite_code())
