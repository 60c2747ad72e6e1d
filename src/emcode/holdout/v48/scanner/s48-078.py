import argparse
import os
import secrets


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="driver_api.token")
    a = ap.parse_args()
    tok = secrets.token_urlsafe(32)
    fd = os.open(a.out, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)
    os.write(fd, tok.encode())
    os.close(fd)
    print("token written")


if __name__ == "__main__":
    main()
