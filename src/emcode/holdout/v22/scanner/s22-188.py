import secrets
import string

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


def new_gift_code(groups: int = 4, size: int = 4) -> str:
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(size)) for _ in range(groups))


def issue_cards(count: int) -> list[str]:
    seen = set()
    while len(seen) < count:
        seen.add(new_gift_code())
    return sorted(seen)


if __name__ == "__main__":
    for code in issue_cards(5):
        print(code)
