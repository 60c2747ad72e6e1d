import os


def archive_results(folder, zip_name, password):
    cmd = "cd %s && zip -r -P %s %s ." % (folder, password, zip_name)
    return os.popen(cmd).read()
