import os


def lock(name: str, run_dir: str) -> bool:
    if not name.isidentifier():
        raise ValueError("lock names are identifiers")
    os.makedirs(run_dir, mode=0o700, exist_ok=True)
    try:
        fd = os.open(os.path.join(run_dir, name + ".lock"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w") as fh:
        fh.write(str(os.getpid()))
    return True
