from html import escape

from flask import Flask, make_response, request

app = Flask(__name__)

CONFIRM_TEMPLATE = """<html><body>
<h1>Thanks, {guest}!</h1>
<p>Your room at {hotel} is held until {date}.</p>
</body></html>"""


@app.route("/booking/confirm")
def confirm():
    fields = {
        "guest": request.args.get("guest", "guest"),
        "hotel": request.args.get("hotel", "Harbour View"),
        "date": request.args.get("date", ""),
    }
    html = CONFIRM_TEMPLATE.format(**{k: escape(v) for k, v in fields.items()})
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
