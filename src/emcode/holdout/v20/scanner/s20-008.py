from flask import Flask, request, render_template_string

app = Flask(__name__)
READINGS = {"thermo-1": 21.4, "thermo-2": 19.9}


@app.route("/device")
def device_page():
    device = request.args.get("d", "thermo-1")
    reading = READINGS.get(device, "n/a")
    template = "<h1>Telemetry for " + device + "</h1>"
    template += "<p>Last reading: {{ reading }}</p>"
    return render_template_string(template, reading=reading)
