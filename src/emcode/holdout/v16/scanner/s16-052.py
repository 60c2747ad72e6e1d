import uuid
from django import forms
from django.core.files.storage import default_storage
from django.core.validators import FileExtensionValidator
from django.http import JsonResponse
from django.views.decorators.http import require_POST


class ReceiptForm(forms.Form):
    receipt = forms.FileField(validators=[FileExtensionValidator(["pdf", "png", "jpg"])])

    def clean_receipt(self):
        f = self.cleaned_data["receipt"]
        if f.size > 5 * 1024 * 1024:
            raise forms.ValidationError("max 5 MB")
        return f


@require_POST
def upload_receipt(request):
    form = ReceiptForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    f = form.cleaned_data["receipt"]
    ext = f.name.rsplit(".", 1)[-1].lower()
    stored = default_storage.save(f"receipts/{uuid.uuid4().hex}.{ext}", f)
    return JsonResponse({"stored": stored})
