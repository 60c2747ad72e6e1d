import logging

from flask import Flask

app = Flask(__name__)
log = logging.getLogger("digs")


@app.post("/trenches/<int:trench_id>/close")
def close_trench(trench_id):
    log.info("trench %d closed", trench_id)
    return {"trench": trench_id, "state": "clo