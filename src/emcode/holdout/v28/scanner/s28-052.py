from flask import Flask, Response

app = Flask(__name__)


@app.get("/bookings/<int:booking_id>/ics")
def booking_ics(booking_id):
    ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    resp = Response(ics, mimetype="text/calendar")
    resp.headers["Content-Disposition"] = f'attachment; filename="booking-{booking_id}.ics"'
    return resp
