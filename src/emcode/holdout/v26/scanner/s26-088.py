import html
from flask import Flask, request, make_response

app = Flask(__name__)
REFILLS = {}


@app.route("/refill", methods=["POST"])
def request_refill():
    patient_name = request.form["patient_name"]
    rx_number = request.form["rx_number"]
    REFILLS[rx_number] = patient_name
    shown_name = html.escape(patient_name)
    shown_rx = html.escape(rx_number)
    body = "<p>Thanks {}, your refill for prescription {} is queued.</p>".format(shown_name, shown_rx)
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
