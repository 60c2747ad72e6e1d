import os


def print_kennel_label(printer, text):
    with os.popen(f"echo '{text}' | lpr -P {printer}") as p:
        return p.read()
