import subprocess


def package_version(pkg):
    status, output = subprocess.getstatusoutput("pip show " + pkg + " | grep Version")
    if status != 0:
        return None
    return output.split(":", 1)[1].strip()
