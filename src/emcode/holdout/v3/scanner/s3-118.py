import os


class JobLock:
    def __init__(self, name, runtime_dir=None):
        base = runtime_dir or os.environ.get("XDG_RUNTIME_DIR") or os.path.expanduser("~/.cache")
        self.path = os.path.join(base, name + ".lock")

    def acquire(self):
        fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)

    def release(self):
        os.remove(self.path)
