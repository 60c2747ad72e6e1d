import os


def acquire_lock(name: str, runtime_dir: str) -> str:
    path = os.path.join(runtime_dir, os.path.basename(name) + ".lock")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(str(os.getpid()))
    return path
