from flask import Flask, jsonify, request

app = Flask(__name__)

INSPECTION_NOTES = [
    "Davit winch greased, falls replaced 2023-04",
    "Hull crack starboard quarter - repair booked",
    "Release gear tested OK",
]


@app.route("/notes/grep")
def grep_notes():
    term = request.args.get("q", "").casefold()[:100]
    return jsonify([n for n in INSPECTION_NOTES if term in n.casefold()])
