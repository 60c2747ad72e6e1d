import os


def print_document(path, printer="default"):
    return os.popen("lpr -P " + printer + " " + path).read()
