import logging
import sys

logging.basicConfig(filename="depot-defects.log", level=logging.INFO, format="%(asctime)s %(message)s")

tram = sys.argv[1]
for line in sys.stdin:
    logging.info("tram " + tram + " defect: " + line.rstrip("\n"))
