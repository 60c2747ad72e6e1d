import sys


def main():
    expr = sys.argv[1]
    scale = eval(expr)
    print("scale factor", scale)
    with open("levels.txt") as fh:
        for line in fh:
            level = float(line)
            print(round(level * sca