import subprocess


def print_kennel_label(printer, text):
    if not printer.replace("_", "").replace("-", "").isalnum():
        raise ValueError("bad printer name")
    done = subprocess.run(["lpr", "-P", printer], input=text.encode(), capture_output=True, check=True)
    return done.stdout.decode()
