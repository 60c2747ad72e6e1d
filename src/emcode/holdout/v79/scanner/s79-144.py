import re

from flask import Flask, request, abort

app = Flask(__name__)
REF = re.compile(r"[A-Z]{2}-\d{4}-\d{3}")


@app.get("/bookings/lookup")
def lookup():
    ref = request.args.get("ref", "")
    if not REF.fullmatch(ref):
        abort(400)
    return {"ref": ref, "status": "confirmed"}
