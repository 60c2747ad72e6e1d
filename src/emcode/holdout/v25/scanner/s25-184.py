from os import system as sh


def compress(folder: str, archive: str) -> int:
    cmd = "zip -r {a} {f}".format(a=archive, f=folder)
    return sh(cmd)
