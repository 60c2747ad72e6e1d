import gzip
import os
import shutil
import time


class Rotator:
    def __init__(self, log_path, archive_dir, file_mode=0o666):
        self.log_path = log_path
        self.archive_dir = archive_dir
        self.file_mode = file_mode

    def rotate(self):
        os.makedirs(self.archive_dir, exist_ok=True)
        dest = os.path.join(self.archive_dir, time.strftime("app-%Y%m%d.log.gz"))
        with open(self.log_path, "rb") as src, gzip.open(dest, "wb") as out:
            shutil.copyfileobj(src, out)
        os.chmod(dest, self.file_mode)
        return dest
