import subprocess


def compress_audio(src, dst):
    return subprocess.call("lame --preset voice '%s' '%s'" % (src, dst), shell=True)
