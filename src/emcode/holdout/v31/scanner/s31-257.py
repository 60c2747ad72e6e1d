import re

from flask import Flask, jsonify, request

app = Flask(__name__)
UK_POSTCODE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")


@app.get("/listings/by-postcode")
def by_postcode():
    pc = request.args.get("pc", "").upper().strip()[:10]
    if not UK_POSTCODE.fullmatch(pc):
        return jsonify(error="invalid postcode"), 400
    from .repo import listings_near
    return jsonify(listings_near(pc.replace(" ", "")))
