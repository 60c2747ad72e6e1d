import sys
import unicodedata


def _printable(s):
    return "".join(ch if unicodedata.category(ch)[0] != "C" else "?" for ch in s)


def log_search(term, hits):
    sys.stderr.write("search term=" + _printable(term) + " hits=" + str(int(hits)) + "\n")
