from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/motd", response_class=PlainTextResponse)
def motd(name: str = "visitor"):
    lines = [f"Welcome {name}", "Maintenance window: Sunday 02:00-04:00 UTC"]
    return "\n".join(lines)
