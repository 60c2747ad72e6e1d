import os
import secrets


def save_api_token(path: str) -> str:
    token = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(token)
    return token


if __name__ == "__main__":
    print(save_api_token(os.path.expanduser("~/.myapp_token")))
