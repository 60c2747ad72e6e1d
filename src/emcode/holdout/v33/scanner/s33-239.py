import os


def print_label(queue, label_path):
    with os.popen(f"lpr -P {queue} {label_path}") as p:
        return p.read()
