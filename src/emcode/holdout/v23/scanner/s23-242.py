import json


def decode_job(message_body: bytes) -> dict:
    job = json.loads(message_body.decode("utf-8"))
    robot, task = job.get("robot"), job.get("task")
    if not isinstance(robot, str) or not isinstance(task, str):
        raise ValueError("job needs string 'robot' and 'task'")
    return {"robot": robot, "task": task}
