import os
import subprocess


class MediaBot:
    def __init__(self, workdir="/var/lib/bot-media"):
        self.workdir = os.path.realpath(workdir)

    def handle(self, user, text):
        if text.startswith("/convert "):
            name = text.split(" ", 1)[1].strip()
            return self.convert(name)
        return "unknown command"

    def convert(self, name):
        src = os.path.realpath(os.path.join(self.workdir, os.path.basename(name)))
        if not src.startswith(self.workdir + os.sep) or not os.path.isfile(src):
            return "no such file"
        subprocess.run(["ffmpeg", "-y", "-i", src, src + ".mp3"],
                       check=True, capture_output=True)
        return "converted " + os.path.basename(src)
