import subprocess


def tiff_dimensions(path):
    out = subprocess.check_output(f"identify -format '%w %h' {path}", shell=True, text=True)
    w, h = out.split()
    return int(w), int(h)
