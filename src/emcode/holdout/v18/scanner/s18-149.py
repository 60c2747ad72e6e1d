import subprocess


def tag_release(version, message):
    return subprocess.getoutput('git tag -a v%s -m "%s"' % (version, message))
