import uuid

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.validators import FileExtensionValidator
from django.http import JsonResponse
from django.core.files.storage import default_storage


class ImportForm(forms.Form):
    sheet = forms.FileField(validators=[FileExtensionValidator(["csv"])])


@login_required
def import_view(request):
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    f = form.cleaned_data["sheet"]
    if f.size > 1_000_000:
        return JsonResponse({"error": "too large"}, status=413)
    name = default_storage.save(f"imports/{uuid.uuid4().hex}.csv", f)
    return JsonResponse({"stored": name})
