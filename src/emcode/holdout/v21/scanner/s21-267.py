import subprocess


def compress(directory, archive_name):
    out = archive_name + ".tar.gz"
    subprocess.run(["tar", "-czf", out, "--", directory], check=True)
    return out
