import time


def log_search(query, path="searches.log"):
    with open(path, "a") as fh:
        fh.write("%s\t%s\n" % (time.strftime("%Y-%m-%dT%H:%M:%S"), query))
