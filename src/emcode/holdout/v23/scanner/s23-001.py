from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)

APPOINTMENTS = {
    "a-100": {"doctor": "Dr. Osei", "slot": "09:30"},
    "a-101": {"doctor": "Dr. Lindqvist", "slot": "11:00"},
}


@app.route("/appointments/confirm")
def confirm():
    appt_id = request.args.get("id", "")
    patient = request.args.get("patient", "guest")
    appt = APPOINTMENTS.get(appt_id)
    if appt is None:
        return make_response("Unknown appointment", 404)
    safe_name = escape(patient)
    page = f"""
    <html>
      <body>
        <h1>Booking confirmed</h1>
        <p>Thank you, {safe_name}.</p>
        <p>You will see {appt['doctor']} at {appt['slot']}.</p>
      </body>
    </html>
    """
    resp = make_response(page)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
