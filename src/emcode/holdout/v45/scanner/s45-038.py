import os
import sys


def convert(recording):
    out = recording.rsplit(".", 1)[0] + ".wav"
    os.system("ffmpeg -y -i " + recording + " -ar 16000 -ac 1 " + out)
    return out


if __name__ == "__main__":
    for f in sys.argv[1:]:
        print("converted", convert(f))
