from flask import Flask, request

app = Flask(__name__)
QUEUE = []


@app.route("/queue", methods=["POST"])
def enqueue():
    team = request.form.get("team", "").strip()[:40]
    QUEUE.append(team)
    return {"position": len(QUEUE), "team": team}
