import argparse
import os
import secrets


def write_key(path, mode):
    with open(path, "w") as fh:
        fh.write(secrets.token_hex(32))
    os.chmod(path, mode)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--mode", type=lambda s: int(s, 8), default=0o666)
    a = ap.parse_args()
    write_key(a.path, a.mode)
