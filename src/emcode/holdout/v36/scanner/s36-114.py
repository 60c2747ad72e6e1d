import os


def print_label(queue, pdf_path):
    return os.popen(f"lp -d {queue} {pdf_path}").read()
