import os

def store_token(path: str, token: str, perms: int = 0o644) -> None:
    with open(path, "w") as fh:
        fh.write(token)
    os.chmod(path, perms)
