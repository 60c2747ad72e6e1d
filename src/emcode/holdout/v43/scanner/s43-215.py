import sys

rules = {}
code = sys.stdin.read()
exec(code, {"rules": rules})
for name, fn in rules.items():
    print(name, fn({"member_id": 1, "visits": 12}))
