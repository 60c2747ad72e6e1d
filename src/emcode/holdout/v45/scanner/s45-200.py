import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("bookings")


def clean(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ")[:80]


@app.post("/book")
def book():
    team = clean(request.form.get("team", ""))
    room = clean(request.form.get("room", ""))
    log.info("new booking: team=%s room=%s", team, room)
    return jsonify(ok=True)
