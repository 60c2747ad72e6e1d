import subprocess


def compress_export(filename):
    subprocess.run(["gzip", "-9", "--", filename], check=True)
    return filename + ".gz"
