import os


def file_type(path):
    return os.popen("file -b " + path).read().strip()
