from fastapi import FastAPI, Body
from jinja2 import Environment

app = FastAPI()
env = Environment()


@app.post("/newsletter/preview")
def preview(template: str = Body(...), name: str = Body("Baker")):
    return {"html": env.from_string(template).render(name=name)}
