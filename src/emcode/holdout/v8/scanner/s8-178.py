import os


def save_key(pem: bytes, path: str = "~/.ssh/deploy_key") -> str:
    key_path = os.path.expanduser(path)
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    print(f"saved key to {key_pa