import os


def compress(folder, archive_name):
    return os.system("zip -r " + archive_name + ".zip " + folder)
