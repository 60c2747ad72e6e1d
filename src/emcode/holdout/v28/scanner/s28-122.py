import os


def print_label(queue, pdf_path):
    with os.popen("lp -d " + queue + " " + pdf_path) as out:
        return out.read().strip()
