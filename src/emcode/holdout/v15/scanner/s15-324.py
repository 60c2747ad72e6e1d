from flask import Flask, render_template_string, request

app = Flask(__name__)

READINGS = {"therm-1": 21.5, "therm-2": 19.0}


@app.route("/iot/device")
def device():
    device_id = request.args.get("id", "")
    reading = READINGS.get(device_id, "n/a")
    tpl = "<h1>Sensor %s</h1><p>Last reading: {{ reading }} C</p>" % device_id
    return render_template_string(tpl, reading=reading)
