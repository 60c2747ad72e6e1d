import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(filename="bookings.log", level=logging.INFO, format="%(asctime)s %(message)s")


@app.route("/book", methods=["POST"])
def book():
    party = request.form.get("party", "")
    room = request.form.get("room", "")
    logging.info("new booking party=%s room=%s", party, room)
    return jsonify(ok=True)
