from flask import Flask, request

app = Flask(__name__)
PERMITS = ["12 Elm St - fence", "4 Oak Ave - deck", "88 Pine Rd - garage"]


@app.route("/permits/grep")
def grep_permits():
    needle = request.args.get("q", "").lower()[:100]
    return {"hits": [p for p in PERMITS if needle in p.lower()]}
