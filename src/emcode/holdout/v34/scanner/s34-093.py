import subprocess


def thumbnail(scan_path, size=200):
    cmd = "convert '%s' -resize %dx%d '%s.thumb.jpg'" % (scan_path, size, size, scan_path)
    subprocess.check_call(cmd, shell=True)
    return scan_path + ".thumb.jpg"
