import os
import secrets
import argparse


def write_key(path: str) -> None:
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description="Create a new API key for the survey service")
    parser.add_argument("path", help="where to store the key (must not exist)")
    args = parser.parse_args()
    try:
        write_key(args.path)
    except FileExistsError:
        parser.error(f"{args.path} already exists; refusing to overwrite")
    print(f"wrote key to {args.path}")


if __name__ == "__main__":
    main()
