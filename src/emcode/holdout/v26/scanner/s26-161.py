import logging
import re
from flask import Flask, request

CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class SafeFormatter(logging.Formatter):
    def format(self, record):
        return CONTROL.sub("?", super().format(record))


handler = logging.FileHandler("dockwatch.log")
handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(message)s"))
log = logging.getLogger("dockwatch")
log.addHandler(handler)
log.setLevel(logging.INFO)

app = Flask(__name__)


@app.post("/docks/<dock_id>/report")
def report(dock_id):
    log.info("fault report for dock %s: %s", dock_id, request.form.get("text", ""))
    return {"ok": True}
