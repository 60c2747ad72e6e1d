from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)

TEMPLATE = "<div class='rental'><h3>{model}</h3><p>Daily rate: {rate:.2f}</p></div>"


@app.route("/rentals/preview", methods=["POST"])
def preview():
    model = escape(request.form.get("model", ""))
    try:
        rate = float(request.form.get("rate", "0"))
    except ValueError:
        rate = 0.0
    html = TEMPLATE.format(model=model, rate=rate)
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
