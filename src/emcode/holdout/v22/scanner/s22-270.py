import json

from flask import Flask, request, abort

app = Flask(__name__)
QUEUE = []


@app.post("/tasks")
def add_task():
    try:
        task = json.loads(request.data)
    except ValueError:
        abort(400)
    QUEUE.append(task)
    return {"queued": len(QUEUE)}


@app.get("/tasks/next")
def next_task():
    if not QUEUE:
        return {"task": None}
    task = QUEUE.pop(0)
    return {"task": {"name": task.get("na