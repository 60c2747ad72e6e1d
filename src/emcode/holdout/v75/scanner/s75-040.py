import subprocess


def tiff_dimensions(path):
    out = subprocess.check_output(["identify", "-format", "%w %h", "--", path], text=True)
    w, h = out.split()
    return int(w), int(h)
