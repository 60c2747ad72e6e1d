from flask import Flask, redirect, request

app = Flask(__name__)


@app.post("/checkin")
def checkin():
    booking = request.form["booking_ref"]
    # ... mark bags as checked in for booking ...
    return redirect(request.args.get("next") or f"/bookings/{booking}")
