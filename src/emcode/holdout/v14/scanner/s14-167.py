import subprocess


def package_version(pkg):
    out = subprocess.getoutput("pip show " + pkg + " | grep Version")
    return out.split(":", 1)[-1].strip()
