import os


def flash_firmware(serial, image):
    return os.system("dfu-util -S " + serial + " -D " + image)
