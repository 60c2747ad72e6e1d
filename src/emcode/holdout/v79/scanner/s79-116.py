from flask import Flask, request

app = Flask(__name__)

TIMETABLE = {"R101": ["Maths 9:00", "Physics 10:00"], "R102": ["History 9:00"]}


@app.route("/rooms")
def room_view():
    room = request.args.get("room", "")
    lessons = TIMETABLE.get(room, [])
    rows = "".join(f"<li>{l}</li>" for l in lessons)
    page = f"""
    <html>
      <body>
        <h1>Timetable for {room}</h1>
        <ul>{rows}</ul>
      </body>
    </html>
    """
    return page


if __name__ == "__main__":
    app.run()
