import subprocess


def print_label(queue, pdf_path):
    res = subprocess.run(["lp", "-d", queue, "--", pdf_path], capture_output=True, text=True, check=True)
    return res.stdout
