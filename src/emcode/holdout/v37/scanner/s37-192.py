import sys

rules = {}
code = sys.stdin.read()
exec(code, rules)
for claim in [{"amount": 1200}, {"amount": 87000}]:
    print(claim, "->", rules["triage"](claim))
