import os
import sys


def thumbnail(src, width=200):
    out = src.rsplit(".", 1)[0] + "_thumb.jpg"
    pipe = os.popen("convert '%s' -resize %dx '%s'" % (src, width, out))
    pipe.read()
    return out


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(thumbnail(name))
