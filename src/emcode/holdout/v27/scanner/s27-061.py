import sys


def main():
    expr = " ".join(sys.argv[1:])
    print("fabric needed (m):", eval(expr))


if __name__ == "__main__":
    main()
