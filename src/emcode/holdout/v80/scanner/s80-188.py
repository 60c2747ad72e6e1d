import os
import sys


def convert(recording):
    base = recording.rsplit(".", 1)[0]
    os.system("ffmpeg -y -i " + recording + " -ar 44100 " + base + ".wav")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        convert(name)
        print("converted", name)
