import shlex
import subprocess


def print_ticket(pdf_path, printer):
    cmd = "lp -d {} {}".format(shlex.quote(printer), shlex.quote(pdf_path))
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True).stdout
