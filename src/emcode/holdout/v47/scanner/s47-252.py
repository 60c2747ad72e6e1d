import subprocess


def print_boat_label(printer, boat_name, cert_no):
    text = f"{boat_name} / cert {cert_no}\n"
    proc = subprocess.run(["lp", "-d", printer, "--"], input=text, text=True, check=False)
    return proc.returncode
