import re
import sys

ISBN13 = re.compile(r"97[89]-?\d{1,5}-?\d{1,7}-?\d{1,7}-?\d")


def check_digit_ok(isbn):
    digits = [int(c) for c in isbn if c.isdigit()]
    if len(digits) != 13:
        return False
    total = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == digits[12]


for line in sys.stdin:
    code = line.strip()
    ok = bool(ISBN13.fullmatch(code)) and check_digit_ok(code)
    print(f"{code}\t{'ok' if ok else 'INVALID'}")
