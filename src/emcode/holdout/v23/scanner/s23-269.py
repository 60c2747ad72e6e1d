import os
from celery import Celery

app = Celery("labtracker", broker=os.environ["LAB_BROKER_URL"])
app.conf.update(
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
)


@app.task
def register_sample(code: str, freezer: str) -> dict:
    if not code.isalnum():
        raise ValueError("sample code must be alphanumeric")
    return {"code": code, "freezer": freezer, "status": "registered"}
