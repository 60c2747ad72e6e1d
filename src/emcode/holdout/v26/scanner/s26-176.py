from flask import Flask, request, make_response

app = Flask(__name__)
REFILLS = {}


@app.route("/refill", methods=["POST"])
def request_refill():
    patient_name = request.form["patient_name"]
    rx_number = request.form["rx_number"]
    REFILLS[rx_number] = patient_name
    html = "<p>Thanks {}, your refill for prescription {} is queued.</p>".format(patient_name, rx_number)
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.route("/refill/<rx_number>")
def refill_status(rx_number):
    if rx_number in REFILLS:
        return {"status": "queued"}
    return {"status": "unknown"}, 404
