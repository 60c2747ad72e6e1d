import subprocess


def print_label(queue, label_path):
    res = subprocess.run(["lpr", "-P", queue, "--", label_path], capture_output=True, text=True, check=True)
    return res.stdout
