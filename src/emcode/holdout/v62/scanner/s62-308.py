from flask import Flask, request, render_template_string

app = Flask(__name__)

PAGE = """
<div class="notice">No booking found for room <b>{{ room }}</b> on {{ day }}.</div>
"""


@app.get("/bookings/lookup")
def lookup():
    room = request.args.get("room", "")
    day = request.args.get("day", "")
    return render_template_string(PAGE, room=room, day=day), 404
