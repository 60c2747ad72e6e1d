import os
import json
import argparse


def save_token(path, token):
    data = json.dumps({"token": token}).encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def main():
    ap = argparse.ArgumentParser(description="Store CI deploy token")
    ap.add_argument("--out", default=os.path.expanduser("~/.deploy/token.json"))
    ap.add_argument("token")
    args = ap.parse_args()
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    save_token(args.out, args.token)


if __name__ == "__main__":
    main()
