import re
import sys

ISO6346 = re.compile(r"([A-Z]{3})([UJZ])(\d{6})(\d)")


def check_digit(owner, cat, serial):
    chars = owner + cat + serial
    vals = []
    for c in chars:
        if c.isdigit():
            vals.append(int(c))
        else:
            v = 10 + ord(c) - ord("A")
            v += (v - 1) // 10
            vals.append(v)
    total = sum(v * (2 ** i) for i, v in enumerate(vals))
    return total % 11 % 10


if __name__ == "__main__":
    for line in sys.stdin:
        m = ISO6346.fullmatch(line.strip().upper())
        if not m:
            print("bad format:", line.strip()[:20])
            continue
        ok = check_digit(*m.groups()[:3]) == int(m.group(4))
        print(m.group(0), "ok" if ok else "bad check digit")
