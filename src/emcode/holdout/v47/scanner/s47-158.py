import subprocess


def print_boat_label(printer, boat_name, cert_no):
    text = f"{boat_name} / cert {cert_no}"
    return subprocess.call(f'echo "{text}" | lp -d {printer}', shell=True)
