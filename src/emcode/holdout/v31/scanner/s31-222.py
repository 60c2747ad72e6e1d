from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/seats")
def seat_info():
    row_label = escape(request.args.get("row", "A")[:3])
    seat = request.args.get("seat", 1, type=int)
    return "<p>Row <b>%s</b>, seat <b>%d</b> is available.</p>" % (row_label, seat)
