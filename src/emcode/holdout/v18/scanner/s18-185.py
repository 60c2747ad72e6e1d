from flask import Flask, request, render_template

app = Flask(__name__)
EVENTS = [{"title": "Standup", "room": "A1"}, {"title": "Retro", "room": "B2"}]


@app.route("/calendar")
def calendar():
    room = request.args.get("room", "")
    shown = [e for e in EVENTS if not room or e["room"] == room]
    heading = "Events in " + room if room else "All events"
    return render_template("calendar.html", heading=heading, events=shown)
