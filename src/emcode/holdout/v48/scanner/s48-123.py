from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
SHIFTS = [("06:00", "D-01"), ("14:00", "D-07"), ("22:00", "D-12")]


@app.get("/shifts", response_class=HTMLResponse)
def shifts():
    rows = "".join(f"<tr><td>{t}</td><td>{d}</td></tr>" for t, d in SHIFTS)
    return HTMLResponse(f"<table><tr><th>Start</th><th>Driver</th></tr>{rows}</table>")
