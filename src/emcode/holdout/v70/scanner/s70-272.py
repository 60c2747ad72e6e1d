import json
import logging
import sys

logging.basicConfig(filename="depot-defects.log", level=logging.INFO, format="%(asctime)s %(message)s")

tram = sys.argv[1]
for line in sys.stdin:
    logging.info("defect %s", json.dumps({"tram": tram, "text": line.rstrip("\n")}))
