def format_line(prefix, record):
    fmt = prefix + " %(levelname)s %(message)s"
    return fmt % record
