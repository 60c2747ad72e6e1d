from flask import Flask, request

app = Flask(__name__)
TAGS = {"A17": "grey wolf", "B02": "lynx"}


@app.route("/collar")
def collar():
    tag = request.args.get("tag", "")
    if tag not in TAGS:
        msg = f"No animal wears collar {tag}"
        return msg, 404
    return f"Collar {tag} is on a {TAGS[tag]}"
