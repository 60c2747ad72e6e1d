import os


def write_lock(name: str, runtime_dir: str = None) -> str:
    base = runtime_dir or os.environ.get("XDG_RUNTIME_DIR") or os.path.expanduser("~/.cache")
    path = os.path.join(base, os.path.basename(name) + ".lock")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(str(os.getpid()))
    return path
