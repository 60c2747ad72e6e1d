import os
import sys


def convert_all(folder):
    for name in os.listdir(folder):
        if not name.endswith(".wav"):
            continue
        src = os.path.join(folder, name)
        dst = src[:-4] + ".mp3"
        print("converting", src)
        os.system('ffmpeg -y -i "' + src + '" "' + dst + '"')
    print("done converting files in", fol