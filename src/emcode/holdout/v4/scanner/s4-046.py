import ast
import sys

raw = sys.stdin.read()
try:
    data = ast.literal_eval(raw)
except (ValueError, SyntaxError):
    sys.exit("input must be a Python literal")
print("parsed", type(data).__na