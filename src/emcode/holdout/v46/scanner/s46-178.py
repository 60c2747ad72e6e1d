import os


def publish_schedule(path):
    os.chmod(path, 0o644)
