import html
from flask import Flask, request

app = Flask(__name__)

@app.route("/ferry/route")
def route_page():
    raw = request.args.get("name", "")
    shown = html.escape(raw)
    page = "<h1>Timetable for " + shown + "</h1><p>Sailings updated hourly.</p>"
    return page
