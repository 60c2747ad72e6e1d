import logging
from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="bookings.log", level=logging.INFO)


@app.post("/book")
def book():
    who = request.form.get("member", "")
    slot = request.form.get("slot", "")
    logging.info("booking by %r for %r", who, slot)
    return {"booked": True}
