from html import escape

from flask import Flask, request

app = Flask(__name__)

TIMETABLE = {"R101": ["Maths 9:00", "Physics 10:00"], "R102": ["History 9:00"]}


@app.route("/rooms")
def room_view():
    room = request.args.get("room", "")
    shown = escape(room)
    items = "".join(f"<li>{escape(l)}</li>" for l in TIMETABLE.get(room, []))
    page = f"""
    <html><body>
      <h1>Timetable for {shown}</h1>
      <ul>{items}</ul>
    </body></html>
    """
    return page
