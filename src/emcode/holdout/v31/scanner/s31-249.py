import html

from flask import Flask, request

app = Flask(__name__)

LISTINGS = [
    {"id": 1, "city": "Leeds", "price": 245000},
    {"id": 2, "city": "York", "price": 310000},
]


@app.route("/listings/search")
def search_listings():
    city = request.args.get("city", "")
    hits = [l for l in LISTINGS if l["city"].lower() == city.lower()]
    shown_city = html.escape(city)
    page = f"""
    <html>
      <body>
        <h1>Homes in {shown_city}</h1>
        <p>{len(hits)} listing(s) found.</p>
      </body>
    </html>
    """
    return page
