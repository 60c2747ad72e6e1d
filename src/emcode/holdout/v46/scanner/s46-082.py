import sys


def log_search(term, hits):
    sys.stderr.write("search term=" + term + " hits=" + str(hits) + "\n")
