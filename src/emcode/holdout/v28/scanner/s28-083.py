from flask import Flask, make_response, request

app = Flask(__name__)

CONFIRM_TEMPLATE = """<html><body>
<h1>Thanks, {guest}!</h1>
<p>Your room at {hotel} is held until {date}.</p>
</body></html>"""


@app.route("/booking/confirm")
def confirm():
    guest = request.args.get("guest", "guest")
    hotel = request.args.get("hotel", "Harbour View")
    date = request.args.get("date", "")
    html = CONFIRM_TEMPLATE.format(guest=guest, hotel=hotel, date=date)
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
