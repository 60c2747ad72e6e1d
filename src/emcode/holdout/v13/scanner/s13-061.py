import argparse

def line_count(path):
    with open(path, "rb") as fh:
        return sum(1 for _ in fh)

def main():
    p = argparse.ArgumentParser()
    p.add_argument("files", nargs="+")
    for f in p.parse_args().files:
        print(f, line_count(f))

if __name__ == "__main__":
    main()
