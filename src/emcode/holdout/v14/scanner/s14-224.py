import MySQLdb
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/employees")
def employees():
    conds = []
    dept = request.args.get("dept")
    city = request.args.get("city")
    if dept:
        conds.append("department = '%s'" % dept)
    if city:
        conds.append("city = '%s'" % city)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    db = MySQLdb.connect(db="hr")
    c = db.cursor()
    c.execute("SELECT name, title FROM employees" + where)
    out = c.fetchall()
    db.close()
    return jsonify(out)
