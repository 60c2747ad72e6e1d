import os
import secrets


def main():
    key = secrets.token_bytes(32)
    fd = os.open("fleet_signing.key", os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    try:
        os.write(fd, key)
    finally:
        os.close(fd)
    print("key written")


if __name__ == "__main__":
    main()
