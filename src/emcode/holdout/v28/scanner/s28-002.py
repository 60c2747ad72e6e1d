import sys

ROUTES = [
    {"from": "Shanghai", "to": "Rotterdam", "days": 32},
    {"from": "Santos", "to": "Hamburg", "days": 19},
]


def main():
    print("Enter a filter body using variable r, end with Ctrl-D:")
    code = sys.stdin.read()
    ns = {}
    exec("def keep(r):\n" + "\n".join("    " + line for line in code.splitlines()), ns)
    for r in filter(ns["keep"], ROUTES):
        print(r)


if __name__ == "__main__":
    main()
