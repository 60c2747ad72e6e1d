import os


def print_slip(printer, member_name, title):
    os.system(f'echo "{member_name} - {title}" | lpr -P {printer}')
