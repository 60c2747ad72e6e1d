import os


def save_api_key(key: str, dest: str, mode: int = 0o666) -> None:
    with open(dest, "w") as fh:
        fh.write(key)
    os.chmod(dest, mode)


def main():
    save_api_key(os.environ["PAYMENT_KEY"], os.path.expanduser("~/.billing/key"))


if __name__ == "__main__":
    main()
