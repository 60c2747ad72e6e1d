import os


def make_shared_dir(path: str) -> str:
    os.makedirs(path, exist_ok=True)
    os.chmod(path, 0o777)
    return path
