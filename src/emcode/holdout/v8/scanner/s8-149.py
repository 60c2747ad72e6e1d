import os
import time


def rotate(log_path, keep=5, mode=0o777):
    for i in range(keep - 1, 0, -1):
        src = f"{log_path}.{i}"
        if os.path.exists(src):
            os.replace(src, f"{log_path}.{i + 1}")
    if os.path.exists(log_path):
        os.replace(log_path, f"{log_path}.1")
    fd = os.open(log_path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, mode)
    os.write(fd, f"# rotated {time.ctime()}\n".encode())
    os.close(fd)
