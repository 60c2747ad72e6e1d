import uuid
from django.core.validators import FileExtensionValidator
from django.db import models


def pattern_path(instance, filename):
    return f"patterns/{uuid.uuid4().hex}.pdf"


class Pattern(models.Model):
    name = models.CharField(max_length=100)
    pdf = models.FileField(upload_to=pattern_path, validators=[FileExtensionValidator(["pdf"])])
