import os


def print_ticket(pdf_path, printer):
    with os.popen("lp -d %s %s" % (printer, pdf_path)) as p:
        return p.read()
