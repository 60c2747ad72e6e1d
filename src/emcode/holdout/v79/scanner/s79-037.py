import os


def print_label(printer, path):
    return os.system("lp -d %s %s" % (printer, path))
