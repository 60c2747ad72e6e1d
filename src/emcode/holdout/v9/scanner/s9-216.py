import os


def make_thumbnail(src, dst, width=128):
    os.system("convert %s -resize %dx %s" % (src, width, dst))
