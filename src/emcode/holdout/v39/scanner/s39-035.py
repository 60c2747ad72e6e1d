import os
import sys


class RecordingStore:
    def __init__(self, root, mode=0o640):
        self.root = root
        self.mode = mode
        os.makedirs(root, mode=0o750, exist_ok=True)

    def put(self, name, data: bytes):
        path = os.path.join(self.root, os.path.basename(name))
        with open(path, "wb") as fh:
            fh.write(data)
        os.chmod(path, self.mode)
        return path


if __name__ == "__main__":
    store = RecordingStore("/srv/podcast/raw")
    print(store.put(sys.argv[1], sys.stdin.buffer.read()))
