from flask import Flask, render_template_string, request

app = Flask(__name__)

SHIPMENTS = {"FX1001": "In transit", "FX1002": "Delivered"}

PAGE = """
<p class="{{ css }}">{{ message }}</p>
"""


@app.route("/track")
def track():
    number = request.args.get("number", "")
    status = SHIPMENTS.get(number.upper())
    if status is None:
        return render_template_string(PAGE, css="error",
                                      message="No shipment found with tracking number " + number), 404
    return render_template_string(PAGE, css="ok", message="Status: " + status)
