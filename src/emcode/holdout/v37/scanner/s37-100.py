from flask import Flask, request

app = Flask(__name__)
VALID_SECTIONS = {"soprano", "alto", "tenor", "bass"}


@app.route("/sections/join")
def join_section():
    section = request.args.get("section", "")
    if section not in VALID_SECTIONS:
        return "Unknown section: " + section, 400
    return "Joined " + section
