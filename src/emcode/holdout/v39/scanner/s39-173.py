import logging

from flask import Flask

app = Flask(__name__)
log = logging.getLogger("tracker")
FIXES = {}


@app.post("/collars/<int:tag>/fix")
def record_fix(tag):
    FIXES[tag] = FIXES.get(tag, 0) + 1
    log.info("collar %d now has %d fixes", tag, FIXES[tag])
    return {"fixes": FIXES[tag]}
