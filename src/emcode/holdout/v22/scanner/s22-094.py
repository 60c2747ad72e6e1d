import os


def print_file(queue, path):
    return os.system("lp -d " + queue + " " + path)
