import sys


def main():
    rules = sys.stdin.read()
    ctx = {"fine": 0, "minutes_over": int(sys.argv[1])}
    exec(rules, ctx)
    print("fine:", ctx["fine"])


if __name__ == "__main__":
    main()
