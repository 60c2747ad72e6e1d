import subprocess


def archive(folder, dest):
    subprocess.check_call(["tar", "czf", dest, "--", folder])
