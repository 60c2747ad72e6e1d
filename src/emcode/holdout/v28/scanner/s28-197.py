import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/lessons")
def lessons():
    room = request.args.get("room")
    day = request.args.get("day")
    sql = "SELECT period, subject, teacher FROM lessons WHERE 1=1"
    params = []
    if room:
        sql += " AND room = ?"
        params.append(room)
    if day:
        sql += " AND day = ?"
        params.append(day)
    con = sqlite3.connect("timetable.db")
    out = [dict(period=p, subject=s, teacher=t) for p, s, t in con.execute(sql, par