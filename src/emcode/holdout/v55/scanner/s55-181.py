import os


def make_socket_dir(path, perms=0o1777):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, perms)
