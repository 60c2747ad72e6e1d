import re
import sys

CODE_RE = re.compile(r"^[A-Z]{2}-\d{4}$")


def valid_codes(lines):
    return [ln.strip() for ln in lines if CODE_RE.match(ln.strip())]


if __name__ == "__main__":
    print("\n".join(valid_codes(sys.stdin)))
