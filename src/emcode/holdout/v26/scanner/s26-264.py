import os


def write_api_key(path, key):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o666)
    os.write(fd, key.encode())
    os.close(fd)


write_api_key(os.path.expanduser("~/.opendata_key"), os.environ["OPENDATA_TOKEN"])
