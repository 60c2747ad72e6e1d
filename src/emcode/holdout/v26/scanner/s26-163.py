import uuid
from django import forms
from django.core.files.storage import default_storage
from django.core.validators import FileExtensionValidator
from django.http import JsonResponse


class PrescriptionScanForm(forms.Form):
    scan = forms.FileField(validators=[FileExtensionValidator(["pdf", "png", "jpg"])])


def upload_scan(request):
    form = PrescriptionScanForm(request.POST, request.FILES)
    if request.method != "POST" or not form.is_valid():
        return JsonResponse({"error": "invalid upload"}, status=400)
    f = form.cleaned_data["scan"]
    if f.size > 5 * 1024 * 1024:
        return JsonResponse({"error": "too large"}, status=413)
    ext = f.name.rsplit(".", 1)[-1].lower()
    saved = default_storage.save(f"scans/{uuid.uuid4().hex}.{ext}", f)
    return JsonResponse({"stored": saved})
