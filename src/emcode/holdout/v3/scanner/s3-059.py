import os
import subprocess
import time

INBOX = "/srv/inbox"


def watch():
    seen = set()
    while True:
        for name in os.listdir(INBOX):
            if name in seen or not name.endswith(".mov"):
                continue
            seen.add(name)
            cmd = "ffmpeg -y -i '{}/{}' '{}/{}.mp4'".format(INBOX, name, INBOX, name[:-4])
            subprocess.Popen(cmd, shell=True).wait()
        time.sleep(5)


if __name__ == "__main__":
    watch()
