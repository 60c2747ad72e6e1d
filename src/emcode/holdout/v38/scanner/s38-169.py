import json
import sys


def main():
    rule = sys.stdin.readline()
    reports = json.load(open("open_reports.json"))
    scope = {"reports": reports, "urgent": []}
    exec(rule, scope)
    print(json.dumps(scope["urgent"], indent=2))


if __name__ == "__main__":
    main()
