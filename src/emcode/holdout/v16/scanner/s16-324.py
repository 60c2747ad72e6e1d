from django.contrib.auth.hashers import check_password, make_password
from django.db import models


class ApiUser(models.Model):
    username = models.CharField(max_length=64, unique=True)
    password = models.CharField(max_length=256)

    def set_password(self, raw: str) -> None:
        self.password = make_password(raw)

    def verify(self, raw: str) -> bool:
        return check_password(raw, self.password)
