from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/gym/hello", response_class=HTMLResponse)
def hello(name: str = "climber"):
    return HTMLResponse("<h1>Hi " + name + ", ready to send?</h1>")


@app.get("/gym/hours", response_class=HTMLResponse)
def hours():
    rows = [("Mon-Fri", "10:00-22:00"), ("Sat-Sun", "09:00-20:00")]
    return "<table>" + "".join(f"<tr><td>{d}</td><td>{h}</td></tr>" for d, h in ro