import sys


def parse_options(text):
    return eval(text)


if __name__ == "__main__":
    opts = parse_options(sys.argv[1])
    for key, value in opts.items():
        print(f"{key} = {value}")
