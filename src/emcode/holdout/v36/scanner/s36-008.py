from flask import Flask, request

app = Flask(__name__)


@app.post("/appointments/confirm")
def confirm_appointment():
    patient = request.form["patient_name"]
    slot = request.form.get("slot", "unspecified")
    body = f"""
    <!doctype html>
    <title>Appointment booked</title>
    <h1>Thanks, {patient}!</h1>
    <p>Your cleaning is booked for <strong>{slot}</strong>.</p>
    <p>Please arrive 10 minutes early to fill in the medical history form.</p>
    """
    return body
