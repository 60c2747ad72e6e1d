import sys


def repl():
    env = {"x": 0}
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        value = eval(line, env)
        print(f"= {value}")
        if isinstance(value, (int, float)):
            env["x"] = (val