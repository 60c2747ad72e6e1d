import subprocess


def package_version(pkg):
    out = subprocess.getoutput("pip show %s | grep Version" % pkg)
    return out.split(":", 1)[-1].strip()
