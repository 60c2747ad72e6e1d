import subprocess


def convert_scan(src, dst):
    subprocess.run(["convert", src, "-resize", "1200x", dst], check=True)
