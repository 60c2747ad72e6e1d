import re

def grep(path, expr, flags=0):
    out = []
    with open(path) as fh:
        for line in fh:
            if re.search(expr, line, flags):
                out.append(line.rstrip())
    return out
