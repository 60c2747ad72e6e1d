import os

RUN_DIR = "/var/run/myapp"


def write_pidfile(pid: int) -> None:
    os.makedirs(RUN_DIR, exist_ok=True)
    fd = os.open(os.path.join(RUN_DIR, "app.pid"), os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o777)
    os.write(fd, str(pid).encode())
    os.close(fd)
