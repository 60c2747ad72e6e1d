import os

def scratch_file(content):
    path = "/tmp/app_%d.txt" % os.getpid()
    with open(path, "w") as f:
        f.write(content)
    return path
