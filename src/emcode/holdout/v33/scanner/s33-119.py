import subprocess


def checksum(archive):
    out = subprocess.check_output("sha256sum " + archive, shell=True, text=True)
    return out.split()[0]
