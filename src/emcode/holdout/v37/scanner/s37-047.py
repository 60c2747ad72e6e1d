from flask import Flask, request

app = Flask(__name__)


@app.route("/housekeeping/room")
def room_status():
    room = request.args.get("room", "")
    status = "pending"
    page = "<html><body><h2>Room " + room + "</h2><p>Status: " + status + "</p></body></html>"
    return page


if __name__ == "__main__":
    app.run()
