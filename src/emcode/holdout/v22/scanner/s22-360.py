from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, EmailStr

from .auth import current_employee
from .db import save_employee

app = FastAPI()


class EmployeeUpdate(BaseModel):
    phone: str | None = None
    email: EmailStr | None = None
    emergency_contact: str | None = None


@app.patch("/employees/me")
def update_me(change: EmployeeUpdate, me=Depends(current_employee)):
    data = change.model_dump(exclude_unset=True)
    if not data:
        raise HTTPException(400, "nothing to update")
    for key, value in data.items():
        setattr(me, key, value)
    save_employee(me)
    return {"updated": sorted(data)}
