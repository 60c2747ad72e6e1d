from django import forms
from django.core.validators import FileExtensionValidator
from django.http import JsonResponse
import uuid, os

UPLOAD_ROOT = "/srv/private-uploads"

class DocForm(forms.Form):
    doc = forms.FileField(validators=[FileExtensionValidator(["pdf", "txt"])])

def upload(request):
    form = DocForm(request.POST, request.FILES)
    if not form.is_valid() or request.FILES["doc"].size > 5_000_000:
        return JsonResponse({"error": "invalid"}, status=400)
    ext = os.path.splitext(request.FILES["doc"].name)[1].lower()
    name = uuid.uuid4().hex + ext
    with open(os.path.join(UPLOAD_ROOT, name), "wb") as out:
        for chunk in request.FILES["doc"].chunks():
            out.write(chunk)
    return JsonResponse({"id": name})
