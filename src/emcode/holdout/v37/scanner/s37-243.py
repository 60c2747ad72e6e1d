import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/housekeeping/room")
def room_status():
    room = html.escape(request.args.get("room", ""))
    page = "<html><body><h2>Room " + room + "</h2><p>Status: pending</p></body></html>"
    return page


if __name__ == "__main__":
    app.run()
