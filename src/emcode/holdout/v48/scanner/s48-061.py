import argparse
import os
import secrets


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="driver_api.token")
    a = ap.parse_args()
    tok = secrets.token_urlsafe(32)
    fd = os.open(a.out, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(tok)
    print("token written")


if __name__ == "__main__":
    main()
