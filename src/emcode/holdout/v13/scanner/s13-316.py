import os

class Spool:
    def __init__(self, root):
        self.root = root

    def put(self, name, data):
        fd = os.open(os.path.join(self.root, os.path.basename(name)), os.O_CREAT | os.O_WRONLY, 0o600)
        os.write(fd, data)
        os.close(fd)

    def list(self):
        return sorted(os.listdir(self.