from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/listings/compare")
def compare():
    ids = request.args.getlist("id", type=int)[:4]
    from .repo import get_listings
    listings = get_listings(ids)
    note = request.args.get("note", "")
    return render_template("compare.html", listings=listings, note=note)
