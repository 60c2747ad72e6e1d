from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/greet", response_class=PlainTextResponse)
def greet(name: str = "visitor"):
    return f"Hello {name}, the archive reading room opens at 9:00."
