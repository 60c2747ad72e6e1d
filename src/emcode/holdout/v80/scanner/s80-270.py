import logging

from flask import Flask, abort

app = Flask(__name__)
log = logging.getLogger("appointments")


@app.post("/appointments/<int:appt_id>/cancel")
def cancel(appt_id):
    if appt_id not in APPTS:
        abort(404)
    APPTS[appt_id]["status"] = "cancelled"
    log.info("appointment %d cancelled", appt_id)
    return {"cancelled": appt_id}


APPTS = {1: {"status": "booked"}, 2: {"status": "boo