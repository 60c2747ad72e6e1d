from html import escape

from flask import Flask

app = Flask(__name__)

CARS = [
    {"plate": "AB12 CDE", "model": "Toyota Yaris", "rate": 34.0},
    {"plate": "FG34 HIJ", "model": "Ford Focus", "rate": 41.5},
]


@app.get("/fleet")
def fleet():
    rows = "".join(
        f"<tr><td>{escape(c['plate'])}</td><td>{escape(c['model'])}</td><td>&pound;{c['rate']:.2f}</td></tr>"
        for c in CARS
    )
    html = f"""<table class="fleet">
<thead><tr><th>Plate</th><th>Model</th><th>Daily rate</th></tr></thead>
<tbody>{rows}</tbody>
</table>"""
    return html
