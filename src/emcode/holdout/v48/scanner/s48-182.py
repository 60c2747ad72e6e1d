from flask import Flask

app = Flask(__name__)

BOOKINGS = {"b100": "Algebra with Ms Ortiz", "b101": "Chemistry with Mr Lund"}


@app.route("/bookings/<booking_id>")
def booking(booking_id):
    lesson = BOOKINGS.get(booking_id)
    if lesson is None:
        msg = "<h3>Unknown booking: {}</h3>".format(booking_id)
        return msg, 404
    return f"<h3>{lesson}</h3>"
