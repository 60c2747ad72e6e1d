import sys


def main(rules_path, moisture):
    with open(rules_path) as fh:
        for line in fh:
            name, expr = line.split(":", 1)
            if eval(expr, {}, {"m": moisture}):
                print("trigger", name.strip())


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
