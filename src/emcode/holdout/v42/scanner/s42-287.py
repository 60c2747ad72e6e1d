from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

STANDINGS = [("nightowls", 9), ("redline", 7), ("vortex", 4)]


@app.get("/standings", response_class=HTMLResponse)
def standings(top: int = 3):
    rows = "".join(f"<tr><td>{name}</td><td>{pts}</td></tr>" for name, pts in STANDINGS[:max(top, 0)])
    return f"<table><tr><th>Team</th><th>Pts</th></tr>{rows}</table>"
