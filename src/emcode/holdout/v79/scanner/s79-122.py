from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/lessons/{lesson_id}/approve")
def approve(lesson_id: int):
    return RedirectResponse(url=f"/lessons/{lesson_id}", status_code=303)
