import json
import os
import redis
from flask import Flask, jsonify

app = Flask(__name__)
cache = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


def course_outline(course_id: int) -> dict:
    key = f"outline:{course_id}"
    hit = cache.get(key)
    if hit is not None:
        return json.loads(hit)
    outline = {"id": course_id, "modules": ["intro", "practice", "quiz"]}
    cache.setex(key, 600, json.dumps(outline))
    return outline


@app.route("/courses/<int:course_id>/outline")
def outline(course_id):
    return jsonify(course_outline(course_id))
