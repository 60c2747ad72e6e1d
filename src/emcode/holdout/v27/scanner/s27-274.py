from flask import Flask, request, render_template_string

app = Flask(__name__)

PAGE = """
<!doctype html>
<title>Cold-chain tracker</title>
<h1>Shipment {{ sid }}</h1>
{% for r in readings %}<p>{{ r.ts }} — {{ r.c }} °C</p>{% endfor %}
"""

READINGS = {"A17": [{"ts": "08:00", "c": 3.9}, {"ts": "09:00", "c": 4.2}]}


@app.route("/track")
def track():
    sid = request.args.get("sid", "")
    return render_template_string(PAGE, sid=sid, readings=READINGS.get(sid, []))
