import re
import sys

TICKET_RE = re.compile(r"^([A-Z0-9]+\s?)+-(\d{4})$")


def main():
    for line in sys.stdin:
        ref = line.strip()
        m = TICKET_RE.match(ref)
        if m:
            print(f"valid ticket {ref} (sailing {m.group(2)})")
        else:
            print(f"rejected: {ref}")


if __name__ == "__main__":
    main()
