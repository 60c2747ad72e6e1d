import os


def rotate_log(path, keep=5, mode=0o644):
    for i in range(keep - 1, 0, -1):
        src = f"{path}.{i}"
        if os.path.exists(src):
            os.replace(src, f"{path}.{i + 1}")
    if os.path.exists(path):
        os.replace(path, f"{path}.1")
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, mode)
    os.close(fd)
