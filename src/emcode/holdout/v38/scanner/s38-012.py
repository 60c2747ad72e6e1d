import os
import stat


def lock_transcript(path):
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
