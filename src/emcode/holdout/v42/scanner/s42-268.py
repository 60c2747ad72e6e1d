import os


def spool_statement(company_id, pdf_bytes):
    path = "/tmp/statement_%s_%d.pdf" % (company_id, os.getpid())
    with open(path, "wb") as fh:
        fh.write(pdf_bytes)
    return path
