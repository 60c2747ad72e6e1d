from subprocess import Popen as spawn, PIPE


def resize(src, dst, width):
    p = spawn("convert {} -resize {}x {}".format(src, width, dst), shell=True, stdout=PIPE, stderr=PIPE)
    return p.wait()
