import shelve

from flask import Flask, request

app = Flask(__name__)
DB_FILE = "/var/lib/gym/checkins"


@app.post("/checkin")
def checkin():
    member = request.form.get("member_id", "")
    if not member.isdigit():
        return {"error": "bad member id"}, 400
    with shelve.open(DB_FILE) as db:
        db[member] = db.get(member, 0) + 1
        visits = db[member]
    return {"member": member, "visits": visits}
