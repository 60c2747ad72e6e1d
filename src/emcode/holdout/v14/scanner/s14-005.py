from flask import Flask, render_template_string, request

app = Flask(__name__)

TEMPLATE = """
<!doctype html>
<title>Device {{ device_id }}</title>
<h1>Device {{ device_id }}</h1>
<p>Last reading: {{ reading }} &deg;C</p>
{% if note %}<p class="note">{{ note }}</p>{% endif %}
"""

READINGS = {"dev-1": 21.5, "dev-2": 19.0}


@app.route("/device")
def device():
    device_id = request.args.get("id", "")
    note = request.args.get("note", "")
    reading = READINGS.get(device_id, "n/a")
    return render_template_string(TEMPLATE, device_id=device_id, reading=reading, note=note)
