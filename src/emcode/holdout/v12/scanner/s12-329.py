from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
FORECAST = {"oslo": -3, "lisbon": 17, "nairobi": 24}
WIDGET = """<section class="weather">
<h2>{city}</h2>
<p>{temp}</p>
<a href="/weather?city={city}">refresh</a>
</section>"""


@app.route("/weather")
def weather():
    city = request.args.get("city", "oslo")
    city_html = escape(city)
    temp = FORECAST.get(city.lower())
    temp_text = "no data" if temp is None else f"{temp} °C"
    return WIDGET.format(city=city_html, temp=temp_text)
