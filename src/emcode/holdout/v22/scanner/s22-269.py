import pickle as pk

from flask import Flask, request

app = Flask(__name__)
QUEUE = []


@app.post("/tasks")
def add_task():
    task = pk.loads(request.data)
    QUEUE.append(task)
    return {"queued": len(QUEUE)}


@app.get("/tasks/next")
def next_task():
    if not QUEUE:
        return {"task": None}
    task = QUEUE.pop(0)
    return {"task": {"name": task.na