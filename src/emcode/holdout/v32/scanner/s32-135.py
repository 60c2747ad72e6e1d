import sys

rules = {}
exec(sys.stdin.read(), {}, rules)
for name, fn in rules.items():
    if callable(fn):
        print(name, fn(100))
