import os


def write_export(csv_text):
    path = "/tmp/export_%d.csv" % os.getpid()
    f = open(path, "w")
    f.write(csv_text)
    f.close()
    return path
