from os import popen as sh


def file_type(path):
    return sh("file -b '" + path + "'").read().strip()
