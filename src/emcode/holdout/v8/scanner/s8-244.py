import shlex
import subprocess


def print_document(path: str, printer: str = "default") -> str:
    cmd = "lpr -P {} {}".format(shlex.quote(printer), shlex.quote(path))
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True).stdout
