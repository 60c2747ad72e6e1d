import ast
import sys

for line in sys.stdin:
    try:
        value = ast.literal_eval(line.strip())
    except (ValueError, SyntaxError):
        continue
    if isinstance(value, dict):
        for k, v in value.it