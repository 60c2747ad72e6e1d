import sys

expr = sys.argv[1]
value = eval(expr)
print(f"{expr} = {value
