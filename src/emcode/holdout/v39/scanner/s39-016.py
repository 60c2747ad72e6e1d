import subprocess


def print_label(printer, text, copies=1):
    cmd = " ".join(["lp", "-d", printer, "-n", str(copies), "-o", "raw", "-t", text])
    subprocess.run(cmd, shell=True, check=True)
