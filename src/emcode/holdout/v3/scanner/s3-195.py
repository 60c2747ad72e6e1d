import os


class JobLock:
    def __init__(self, name):
        self.path = "/tmp/" + name + ".lock"

    def acquire(self):
        with open(self.path, "w") as fh:
            fh.write(str(os.getpid()))

    def release(self):
        os.remove(self.path)
