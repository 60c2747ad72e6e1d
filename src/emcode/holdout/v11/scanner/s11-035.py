import uuid

from django.core.validators import FileExtensionValidator
from django.db import models


def receipt_path(instance, filename):
    ext = filename.rsplit(".", 1)[-1].lower()
    return f"receipts/{instance.owner_id}/{uuid.uuid4().hex}.{ext}"


class Receipt(models.Model):
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    file = models.FileField(upload_to=receipt_path,
                            validators=[FileExtensionValidator(["pdf", "png", "jpg"])])
    uploaded = models.DateTimeField(auto_now_add=True)
