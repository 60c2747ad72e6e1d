import os
import secrets
import argparse


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dest")
    a = ap.parse_args()
    fd = os.open(a.dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o400)
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_urlsafe(48))
    print("token written to", a.dest)


if __name__ == "__main__":
    main()
