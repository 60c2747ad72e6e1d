import sys
from decimal import Decimal, InvalidOperation

base_fare = Decimal("8.00")
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    try:
        pct = Decimal(line.rstrip("%"))
    except InvalidOperation:
        print(f"skipping {line!r}", file=sys.stderr)
        continue
    adjusted = base_fare * (1 + pct / 100)
    print(f"{line} -> {adjusted:.2f}")
