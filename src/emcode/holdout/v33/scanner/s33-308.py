import os
import sys
from pathlib import Path


def make_thumbnail(photo):
    out = Path(photo).with_suffix(".thumb.jpg")
    os.system("convert '%s' -resize 320x320 '%s'" % (photo, out))
    return out


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print("wrote", make_thumbnail(p))
