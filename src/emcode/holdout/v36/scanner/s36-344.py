import argparse
import os


def main():
    p = argparse.ArgumentParser(description="Convert a Tiled map to the engine's binary format")
    p.add_argument("tmx")
    p.add_argument("--out", default="build/maps")
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    os.system("tmx2bin --compress " + a.tmx + " -o " + a.out)


if __name__ == "__main__":
    main()
