import os


def compress_log(path):
    return os.system("gzip -9 " + path)
