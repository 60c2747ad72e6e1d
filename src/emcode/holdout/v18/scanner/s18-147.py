import os


def installed_version(package):
    out = os.popen("pip show " + package + " | grep Version").read()
    return out.split(":", 1)[1].strip() if ":" in out else None
