import structlog
from flask import Flask, request

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])
log = structlog.get_logger()
app = Flask(__name__)


@app.post("/donations")
def donation():
    donor = request.form.get("donor", "anonymous")
    kg = request.form.get("kg", type=float) or 0.0
    log.info("donation_received", donor=donor, kg=kg)
    return {"thanks": True}
