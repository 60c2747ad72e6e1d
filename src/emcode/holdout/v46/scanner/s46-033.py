from fastapi import FastAPI
from jinja2 import Template
from pydantic import BaseModel

app = FastAPI()


class Reminder(BaseModel):
    body: str
    client: str


@app.post("/reminders/preview")
def preview(rem: Reminder):
    text = Template(rem.body).render(client=rem.client, due="2026-12-20")
    return {"preview": text}
