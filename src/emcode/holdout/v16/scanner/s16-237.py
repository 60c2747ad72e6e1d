import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/weather")
def weather():
    city = html.escape(request.args.get("city", "Berlin"))
    body = f"""<html><body>
<h1>Weather for {city}</h1>
<p>Sunny, 2