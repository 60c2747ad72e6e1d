from flask import Flask, request

app = Flask(__name__)


@app.route("/status")
def status():
    area = request.args.get("area", "")
    html = f"""<html><body>
<h1>Power status for {area}</h1>
<p>We are aware of the outage and crews are on the way.</p>
</body></html>"""
    return html


@app.route("/status/subscribe", methods=["POST"])
def subscribe():
    phone = request.form.get("pho