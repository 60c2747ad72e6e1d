import os
import stat


def publish_schedule(path, text):
    with open(path, "w") as fh:
        fh.write(text)
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
