from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/walks/confirm")
def confirm_walk():
    walker = request.args.get("walker", "someone")
    dog = request.args.get("dog", "your dog")
    lines = [
        "Walk booked!",
        f"{walker} will pick up {dog} at the agreed time.",
    ]
    return Response("\n".join(lines), mimetype="text/plain")
