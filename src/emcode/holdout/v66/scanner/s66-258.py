from flask import Flask, request

app = Flask(__name__)

@app.route("/ferry/route")
def route_page():
    name = request.args.get("name", "")
    page = "<h1>Timetable for " + name + "</h1><p>Sailings updated hourly.</p>"
    return page
