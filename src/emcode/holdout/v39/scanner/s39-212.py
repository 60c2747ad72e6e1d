import shlex
import subprocess


def print_label(printer, text, copies=1):
    cmd = " ".join(shlex.quote(a) for a in ["lp", "-d", printer, "-n", str(int(copies)), "-t", text, "/var/spool/labels/current.zpl"])
    subprocess.run(cmd, shell=True, check=True)
