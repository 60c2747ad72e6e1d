import os


def installed_version(package):
    out = os.popen("pip show %s 2>/dev/null | grep ^Version" % package).read()
    return out.split(":", 1)[1].strip() if ":" in out else None
