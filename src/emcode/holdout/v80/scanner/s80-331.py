import structlog
from flask import Flask, request

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])
log = structlog.get_logger()
app = Flask(__name__)


@app.post("/donations")
def donation():
    item = request.form.get("item", "")
    log.info("donation_received", item=item, fridge=request.form.get("fridge", ""))
    return {"ok": True}
