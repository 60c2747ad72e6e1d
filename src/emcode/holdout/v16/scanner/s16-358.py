from flask import Flask, request

app = Flask(__name__)


@app.route("/weather")
def weather():
    city = request.args.get("city", "Berlin")
    body = f"""<html><body>
<h1>Weather for {city}</h1>
<p>Sunny, 21°C</p>
</body></html>"""
    return body


@app.route("/forecast")
def forecast():
    days = int(request.args.get("days", 3))
    return {"days": [