import os


def write_secret(path: str, data: bytes, mode: int = 0o644) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def save_private_key(key_pem: bytes, path: str = "id_service.pem") -> None:
    write_secret(path, key_pem)
