import os


def scratch_file(contents):
    name = os.path.join("/tmp", "scratch-%d.txt" % os.getpid())
    fh = open(name, "w")
    fh.write(contents)
    fh.close()
    return name
