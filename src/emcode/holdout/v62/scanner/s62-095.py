import os
import secrets


def write_secret(path, content, mode=0o777):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    try:
        os.write(fd, content.encode())
    finally:
        os.close(fd)


if __name__ == "__main__":
    write_secret("webhook.key", secrets.token_hex(32))
    print("key written to webhook.key")
