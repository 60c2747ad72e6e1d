from datetime import date

from flask import Flask

app = Flask(__name__)

OPENING_HOURS = [
    ("Monday", "9:00", "20:00"),
    ("Tuesday", "9:00", "20:00"),
    ("Wednesday", "9:00", "17:00"),
    ("Thursday", "9:00", "20:00"),
    ("Friday", "9:00", "17:00"),
    ("Saturday", "10:00", "16:00"),
]


@app.route("/hours")
def hours():
    today = date.today().strftime("%A")
    rows = ""
    for day, opens, closes in OPENING_HOURS:
        cls = ' class="today"' if day == today else ""
        rows += f"<tr{cls}><td>{day}</td><td>{opens}&ndash;{closes}</td></tr>"
    page = f"""<!doctype html>
<title>Opening hours</title>
<table>{rows}</table>
<p>Closed on Sundays and bank holidays.</p>"""
    return page
