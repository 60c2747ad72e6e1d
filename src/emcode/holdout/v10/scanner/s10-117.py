import os


def write_secret(path, data: bytes, mode=0o777):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def write_config(path, cfg):
    import json
    write_secret(path, json.dumps(cfg).encode(), mo