import subprocess

def file_type(path: str) -> str:
    return subprocess.getoutput("file -b '{}'".format(path))
