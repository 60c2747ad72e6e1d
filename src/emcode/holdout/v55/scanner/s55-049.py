import sys


def run_rules(rules_file, match):
    with open(rules_file) as fh:
        code = fh.read()
    scope = {"match": match, "points": 0}
    exec(code, scope)
    return scope["points"]


if __name__ == "__main__":
    match = {"kills": int(sys.argv[2]), "deaths": int(sys.argv[3])}
    print(run_rules(sys.argv[1], match))
