from flask import Flask, redirect, request

app = Flask(__name__)

DESTINATIONS = {
    "timetable": "/timetables",
    "fares": "/fares",
    "app": "https://apps.regionbus.example/download",
}


@app.get("/go")
def go():
    key = request.args.get("to", "timetable")
    return redirect(DESTINATIONS.get(key, "/"))
