import os


def print_bin_label(printer, text):
    with os.popen(f"echo '{text}' | lp -d {printer}") as p:
        return p.read()
