from flask import Flask, Response, request

app = Flask(__name__)


@app.post("/bookings")
def booking():
    vehicle = request.form.get("vehicle_reg", "")
    if len(vehicle) > 8:
        warning = "<p class='err'>Registration '" + vehicle + "' is too long.</p>"
        return Response(warning, status=400, mimetype="text/html")
    return {"booked": vehicle}
