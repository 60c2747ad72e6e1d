from fastapi import FastAPI, Body
from jinja2 import Environment

app = FastAPI()
env = Environment()


@app.post("/rink/notice-preview")
def notice_preview(template: str = Body(..., embed=True)):
    return {"html": env.from_string(template).render(rink="Main Rink", opens="18:00")}
