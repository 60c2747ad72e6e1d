from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/compare", response_class=HTMLResponse)
def compare(models: str):
    cells = [f"<th>{m}</th>" for m in models.split(",")]
    return "<table><tr>" + "".join(cells) + "</tr></table>"
