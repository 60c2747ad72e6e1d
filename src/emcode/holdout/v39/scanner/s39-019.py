from flask import Flask, jsonify, request

app = Flask(__name__)
TAGS = {"A17": "grey wolf", "B02": "lynx"}


@app.route("/collar")
def collar():
    tag = request.args.get("tag", "")
    if tag not in TAGS:
        return jsonify(error="unknown collar", tag=tag), 404
    return jsonify(tag=tag, species=TAGS[tag])
