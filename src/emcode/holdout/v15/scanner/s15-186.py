from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE = """
<!doctype html>
<title>Device {{ device_id }}</title>
<h1>Sensor {{ device_id }}</h1>
<p>Last reading: {{ reading }} C</p>
"""

READINGS = {"therm-1": 21.5, "therm-2": 19.0}


@app.route("/iot/device")
def device():
    device_id = request.args.get("id", "")
    reading = READINGS.get(device_id, "n/a")
    return render_template_string(PAGE, device_id=device_id, reading=reading)
