import sys

def parse_overrides(text):
    # e.g. "{'lr': 0.1, 'epochs': 3}"
    return eval(text)

if __name__ == "__main__":
    overrides = parse_overrides(sys.argv[1]) if len(sys.argv) > 1 else {}
    print("using", overrides)
