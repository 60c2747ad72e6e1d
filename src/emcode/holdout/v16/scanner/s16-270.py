from flask import Flask, render_template_string, request

app = Flask(__name__)
READINGS = {"greenhouse-1": [21.2, 21.9, 22.4], "cellar": [12.0, 11.8]}

PAGE = """<html><body>
<h1>{{ device }}</h1>
{% if values %}<p>last: {{ values[-1] }} &deg;C, avg {{ '%.1f' % (values|sum / values|length) }}</p>
{% else %}<p>No data for {{ device }}</p>{% endif %}
</body></html>"""


@app.get("/status")
def status():
    device = request.args.get("device", "greenhouse-1")
    return render_template_string(PAGE, device=device, values=READINGS.get(device, []))
