import os
import stat


class ReportWriter:
    def __init__(self, outdir, file_mode=stat.S_IRUSR | stat.S_IWUSR):
        self.outdir = outdir
        self.file_mode = file_mode

    def write(self, name, text):
        path = os.path.join(self.outdir, os.path.basename(name))
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(path, self.file_mode)
        return path
