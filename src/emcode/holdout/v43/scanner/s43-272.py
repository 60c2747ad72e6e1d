from fastapi import FastAPI
from jinja2.sandbox import SandboxedEnvironment
from jinja2 import TemplateSyntaxError
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Reminder(BaseModel):
    template: str
    member: str
    due: str


@app.post("/reminders/render")
def render_reminder(r: Reminder):
    try:
        text = env.from_string(r.template).render(member=r.member, due=r.due)
    except TemplateSyntaxError:
        return {"error": "template syntax error"}
    return {"text": text}
