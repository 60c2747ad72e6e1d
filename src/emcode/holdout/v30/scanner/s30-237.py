import subprocess


def print_bin_label(printer, text):
    res = subprocess.run(["lp", "-d", printer, "--"], input=text.encode(), capture_output=True, check=True)
    return res.stdout.decode()
