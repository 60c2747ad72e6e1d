from flask import Flask, request, render_template_string

app = Flask(__name__)

TEMPLATE = """
<!doctype html>
<title>Device {{ device }}</title>
<h1>Telemetry for {{ device }}</h1>
<p>Last reading: {{ reading }}</p>
"""

READINGS = {"thermo-1": 21.4, "thermo-2": 19.9}


@app.route("/device")
def device_page():
    device = request.args.get("d", "thermo-1")
    reading = READINGS.get(device, "n/a")
    return render_template_string(TEMPLATE, device=device, reading=reading)
