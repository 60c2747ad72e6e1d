from fastapi import FastAPI, HTTPException
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Notice(BaseModel):
    body: str
    member: str


@app.post("/notices/render")
def render_notice(n: Notice):
    try:
        text = env.from_string(n.body).render(member=n.member, due_date="2024-08-14")
    except (SecurityError, TemplateSyntaxError) as exc:
        raise HTTPException(400, "template rejected") from exc
    return {"text": text}
