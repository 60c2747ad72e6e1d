from flask import Flask, request, render_template

app = Flask(__name__)
EPISODES = [
    {"title": "Pilot", "guest": "Ada"},
    {"title": "Spring cleaning", "guest": "Bo"},
]


@app.route("/episodes")
def episodes():
    q = request.args.get("q", "").lower()
    found = [e for e in EPISODES if q in e["title"].lower()]
    return render_template("episodes.html", query=q, episodes=found)
