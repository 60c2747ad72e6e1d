import shlex
import subprocess


def flash_firmware(serial, image):
    cmd = "dfu-util -S {} -D {}".format(shlex.quote(serial), shlex.quote(image))
    return subprocess.call(cmd, shell=True)
