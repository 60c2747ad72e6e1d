import os


class ReportWriter:
    def __init__(self, outdir):
        self.outdir = outdir
        os.umask(0)

    def write(self, name, text):
        with open(os.path.join(self.outdir, name), "w") as fh:
            fh.write(text)
