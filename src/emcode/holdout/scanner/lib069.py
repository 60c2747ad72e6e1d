import os


def print_file(path: str, printer: str = "default") -> int:
    """Send a file to a printer via lp."""
    return os.system("lp -d %s %s" % (printer, path))
