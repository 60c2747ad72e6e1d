import os
import sys


def convert(recording):
    target = recording.rsplit(".", 1)[0] + ".mp3"
    os.system("ffmpeg -y -i " + recording + " -b:a 128k " + target)
    return target


if __name__ == "__main__":
    for f in sys.argv[1:]:
        print("converted", convert(f))
