import re
import sys

TICKET_RE = re.compile(r"[A-Z]{2,4}(?: [A-Z0-9]{1,8}){0,3}-(\d{4})")


def main():
    for line in sys.stdin:
        ref = line.strip()[:80]
        m = TICKET_RE.fullmatch(ref)
        if m:
            print(f"valid ticket {ref} (sailing {m.group(1)})")
        else:
            print("rejected line")


if __name__ == "__main__":
    main()
