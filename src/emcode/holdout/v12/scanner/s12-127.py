import os


def convert_document(src, fmt="pdf"):
    out_dir = os.path.dirname(src) or "."
    return os.system("soffice --headless --convert-to %s --outdir %s %s" % (fmt, out_dir, src))
