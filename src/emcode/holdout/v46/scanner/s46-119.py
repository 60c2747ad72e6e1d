from fastapi import FastAPI, HTTPException
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Reminder(BaseModel):
    body: str
    client: str


@app.post("/reminders/preview")
def preview(rem: Reminder):
    try:
        text = env.from_string(rem.body).render(client=rem.client, due="2026-12-20")
    except TemplateError:
        raise HTTPException(400, "template error")
    return {"preview": text}
