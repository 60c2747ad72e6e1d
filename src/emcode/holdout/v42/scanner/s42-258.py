import os
import stat


class ReportWriter:
    def __init__(self, outdir, file_mode=stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO):
        self.outdir = outdir
        self.file_mode = file_mode

    def write(self, name, text):
        path = os.path.join(self.outdir, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(path, self.file_mode)
        return path
