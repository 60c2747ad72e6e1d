import gzip
import os
import shutil
import time


class Rotator:
    def __init__(self, log_path, archive_dir, file_mode=0o640, dir_mode=0o750):
        self.log_path = log_path
        self.archive_dir = archive_dir
        self.file_mode = file_mode
        self.dir_mode = dir_mode

    def rotate(self):
        os.makedirs(self.archive_dir, mode=self.dir_mode, exist_ok=True)
        dest = os.path.join(self.archive_dir, time.strftime("app-%Y%m%d-%H%M%S.log.gz"))
        with open(self.log_path, "rb") as src, gzip.open(dest, "wb") as out:
            shutil.copyfileobj(src, out)
        os.chmod(dest, self.file_mode)
        open(self.log_path, "w").close()
        return dest
