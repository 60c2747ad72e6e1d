import shlex
import subprocess


def print_ticket(printer, pdf_path, copies=1):
    cmd = "lp -d {} -n {} {}".format(shlex.quote(printer), int(copies), shlex.quote(pdf_path))
    return subprocess.run(cmd, shell=True, check=True).returncode
