from datetime import date

from flask import Flask

from .repository import upcoming_concerts

app = Flask(__name__)


@app.route("/")
def index():
    rows = []
    for c in upcoming_concerts(limit=10):
        rows.append("<li>%s – %s</li>" % (c.starts_on.strftime("%d %b"), c.headliner_slug.upper()))
    page = "<h1>Upcoming concerts</h1><ul>" + "".join(rows) + "</ul>"
    page += f"<footer>Updated {date.today():%Y-%m-%d}</footer>"
    return page
