from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/scooters/<int:scooter_id>/ping")
def ping(scooter_id):
    note = request.args.get("note", "")
    return Response(f"Ping sent to scooter {scooter_id}. Note: {note}", mimetype="text/plain")
