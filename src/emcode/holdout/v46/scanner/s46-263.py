from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/rink/confirm", methods=["POST"])
def confirm():
    team = escape(request.form.get("team", ""))
    slot = escape(request.form.get("slot", ""))
    body = "<section class='confirm'>"
    body += f"<h2>Booking received for {team}</h2>"
    body += f"<p>Requested slot: {slot}</p>"
    body += "</section>"
    resp = make_response(body)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
