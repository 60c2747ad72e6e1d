def format_label(fmt, record):
    return fmt % record
