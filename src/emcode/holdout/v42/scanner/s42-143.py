import json
import os


def save_tokens(path, tokens, mode=0o600):
    data = json.dumps(tokens).encode()
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
