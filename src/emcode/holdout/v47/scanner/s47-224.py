from flask import Flask, request

app = Flask(__name__)

READINGS = {
    "WM-10021": 1842.7,
    "WM-10022": 977.1,
}


@app.route("/meter")
def meter_reading():
    meter_id = request.args.get("id", "")
    if meter_id not in READINGS:
        msg = "<p class='err'>No meter called %s was found.</p>" % meter_id
        return msg, 404
    return "<p>Meter %s: %.1f m&sup3;</p>" % (meter_id, READINGS[meter_id])
