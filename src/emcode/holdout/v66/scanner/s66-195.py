import os
import sys


def normalise(track):
    out = track.rsplit(".", 1)[0] + "-norm.mp3"
    os.system("ffmpeg -y -i '%s' -af loudnorm '%s'" % (track, out))
    return out


if __name__ == "__main__":
    for t in sys.argv[1:]:
        print(normalise(t))
