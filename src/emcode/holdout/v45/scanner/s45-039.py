from fastapi import FastAPI
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Reminder(BaseModel):
    template: str
    passenger: str
    sailing: str


@app.post("/reminders/render")
def render(rem: Reminder):
    body = env.from_string(rem.template).render(passenger=rem.passenger, sailing=rem.sailing)
    return {"body": body}
