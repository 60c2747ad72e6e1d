import subprocess


class MediaBot:
    def __init__(self, workdir="/tmp/bot-media"):
        self.workdir = workdir

    def handle(self, user, text):
        if text.startswith("/convert "):
            name = text.split(" ", 1)[1].strip()
            return self.convert(name)
        return "unknown command"

    def convert(self, name):
        out = subprocess.check_output(
            "ffmpeg -y -i {0}/{1} {0}/{1}.mp3".format(self.workdir, name),
            shell=True, stderr=subprocess.STDOUT,
        )
        return "converted (%d bytes of log)" % len(out)
