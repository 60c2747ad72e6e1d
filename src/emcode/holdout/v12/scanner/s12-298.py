from subprocess import Popen as spawn, PIPE


def compress(path, level=6):
    proc = spawn(f"xz -{level} -k {path}", shell=True, stdout=PIPE, stderr=PIPE)
    _out, err = proc.communicate()
    return proc.returncode, err.decode()
