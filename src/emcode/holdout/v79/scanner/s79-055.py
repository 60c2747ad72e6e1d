import sys
import time


def log_stock_change(item, delta, stream=sys.stderr):
    print(time.strftime("%Y-%m-%dT%H:%M:%S"), "stock", item, delta, file=stream)
