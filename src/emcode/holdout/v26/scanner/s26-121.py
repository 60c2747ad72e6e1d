import logging
from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="kiosk.log", level=logging.INFO)


@app.route("/checkin", methods=["POST"])
def checkin():
    visitor = request.form.get("visitor", "")
    logging.info("Visitor checked in: " + visitor)
    return "ok"
