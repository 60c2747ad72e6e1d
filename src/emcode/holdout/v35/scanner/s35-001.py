from flask import Flask, request

app = Flask(__name__)

COUNTS = {"dog": 14, "cat": 22, "rabbit": 3, "guinea pig": 5}


@app.get("/count")
def count():
    species = request.args.get("species", "dog")
    if species not in COUNTS:
        species = "dog"
    return "<p>We currently have <b>%d</b> %ss waiting for a home.</p>" % (COUNTS[species], species)
