import sys

VARS = {"base_fee": 25.0, "per_teu": 3.2}

for line in sys.stdin:
    rule = line.strip()
    if not rule:
        continue
    value = eval(rule, {}, dict(VARS))
    print(f"{rule} = {valu