from flask import Flask, request

app = Flask(__name__)


@app.route("/appointments/confirm")
def confirm_appointment():
    patient = request.args.get("patient", "")
    slot = request.args.get("slot", "")
    page = "<h2>Appointment booked</h2>"
    page += f"<p>Thanks {patient}, we will see you at {slot}.</p>"
    page += "<a href='/appointments'>Back to calendar</a>"
    return page


if __name__ == "__main__":
    app.run()
