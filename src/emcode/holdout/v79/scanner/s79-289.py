import subprocess


def convert_scan(src, dst):
    subprocess.check_call("convert %s -resize 1200x %s" % (src, dst), shell=True)
