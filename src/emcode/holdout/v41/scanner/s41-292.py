import sys
import time


def log_search(member, term, hits, stream=sys.stderr):
    stream.write("[%s] search member=%s term=%s hits=%d\n" % (time.strftime("%H:%M:%S"), member, term, hits))
