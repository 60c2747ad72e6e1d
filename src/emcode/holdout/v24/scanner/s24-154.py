import os

def spool_report(text):
    path = "/tmp/report_%d.txt" % os.getpid()
    f = open(path, "w")
    f.write(text)
    f.close()
    return path
