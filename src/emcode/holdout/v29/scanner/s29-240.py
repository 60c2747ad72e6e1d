import os
import tempfile


class FirmwareUpload:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="hub-fw-")
        self.path = os.path.join(self.dir, "image.bin")

    def write_chunk(self, chunk):
        with open(self.path, "ab") as fh:
            fh.write(chunk)
        return os.path.getsize(self.path)
