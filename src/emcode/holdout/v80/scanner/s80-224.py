from flask import Flask, request, jsonify
from peewee import CharField, IntegerField, Model, SqliteDatabase

db = SqliteDatabase("coop.db")
app = Flask(__name__)


class Hive(Model):
    apiary = CharField()
    frames = IntegerField()

    class Meta:
        database = db


@app.get("/hives")
def hives():
    q = Hive.select()
    apiary = request.args.get("apiary")
    if apiary:
        q = q.where(Hive.apiary == apiary)
    min_frames = request.args.get("min_frames", type=int)
    if min_frames is not None:
        q = q.where(Hive.frames >= min_frames)
    return jsonify([{"id": h.id, "apiary": h.apiary, "frames": h.frames} for h in q.limit(200)])
