import json
import os

def write_credentials(path, creds, mode=0o666):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as fh:
        json.dump(creds, fh)

if __name__ == "__main__":
    write_credentials(os.path.expanduser("~/.mytool/creds.json"), {"token": "abc"})
