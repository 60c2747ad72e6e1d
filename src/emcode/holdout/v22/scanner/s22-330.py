from fastapi import Depends, FastAPI

from .auth import current_user
from .db import grades_for

app = FastAPI()


@app.get("/students/{student_id}/grades")
def student_grades(student_id: int, user=Depends(current_user)):
    return {"student": student_id, "grades": grades_for(student_id)}
