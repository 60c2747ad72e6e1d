from fastapi import FastAPI, Depends, HTTPException
from pydantic import BaseModel, EmailStr, Field

app = FastAPI()


class ProfileUpdate(BaseModel):
    display_name: str = Field(max_length=60)
    email: EmailStr
    newsletter: bool = False


class Member:
    def __init__(self, id: int):
        self.id, self.display_name, self.email, self.newsletter, self.is_admin = id, "", "", False, False


def current_member() -> Member:
    return Member(1)


@app.patch("/me")
def update_me(upd: ProfileUpdate, me: Member = Depends(current_member)):
    for field, value in upd.model_dump().items():
        setattr(me, field, value)
    return {"id": me.id, "display_name": me.display_name, "admin": me.is_admin}
