import subprocess


def word_count(path):
    out = subprocess.getoutput("wc -w " + path)
    return int(out.split()[0])
