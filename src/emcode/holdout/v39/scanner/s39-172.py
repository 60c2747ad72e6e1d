from flask import Flask, make_response, request

app = Flask(__name__)

TEMPLATE = "<div class='rental'><h3>{model}</h3><p>Daily rate: {rate}</p></div>"


@app.route("/rentals/preview", methods=["POST"])
def preview():
    model = request.form.get("model", "")
    rate = request.form.get("rate", "0")
    html = TEMPLATE.format(model=model, rate=rate)
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
