import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("bookings")


@app.post("/book")
def book():
    team = request.form.get("team", "")
    room = request.form.get("room", "")
    log.info("new booking: team=" + team + " room=" + room)
    return jsonify(ok=True)
